// Small browser helpers: the CSV download the components call through JS interop, and the parts of the frame that live
// in the browser alone (the theme, the phone menu, the charts' colours and size; docs/interface.md#themes). Loaded in
// <head> before the page is drawn, so a dark page never flashes light.
(() => {
    const root = document.documentElement;
    const themeKey = "netpicking-theme";
    const system = window.matchMedia("(prefers-color-scheme: dark)");

    const stored = () => {
        try {
            return localStorage.getItem(themeKey);
        } catch {
            return null; // storage blocked (private mode, file://): follow the system
        }
    };

    const chosenTheme = () => {
        const choice = stored();
        return choice === "dark" || choice === "light" ? choice : (system.matches ? "dark" : "light");
    };

    // What the charts' light colours become in the dark theme. ChartLayouts draws light; every chart is recoloured
    // after each draw, because Plotly.Blazor's redraws start from the server's layout again.
    const chartColours = {
        light: { paper: "#ffffff", plot: "#ffffff", ink: "#1d2330", grid: "#eef0f4", legend: "rgba(255,255,255,0.8)" },
        dark: { paper: "#1a202b", plot: "#1a202b", ink: "#dde2ec", grid: "#2c3442", legend: "rgba(26,32,43,0.8)" },
    };
    // Trace, shape and annotation colours drawn for a light page that would vanish on a dark one.
    const swaps = [
        ["#1d2330", "#dde2ec"], // ink: front lines, marker outlines
        ["#ffffff", "#1a202b"], // point outlines that separate overlapping points
        ["#f3f5f8", "#232a37"], // bands behind box plots
        ["#c9ceda", "#4a5366"], // points ruled out
        ["#4a3500", "#e9c45a"], // gold-star outline and its annotations
    ];
    const swapped = (colour, theme) => {
        if (typeof colour !== "string") {
            return undefined;
        }
        const lower = colour.toLowerCase();
        for (const [light, dark] of swaps) {
            if (theme === "dark" && lower === light) return dark;
            if (theme === "light" && lower === dark) return light;
        }
        return undefined;
    };

    const themeChart = chart => {
        const plotly = window.Plotly;
        const layout = chart.layout;
        if (!plotly || !layout || !chart.data) {
            return;
        }
        const theme = root.dataset.theme === "dark" ? "dark" : "light";
        const c = chartColours[theme];
        const relayout = {};
        const set = (key, value, current) => {
            if (current !== value) relayout[key] = value;
        };
        set("paper_bgcolor", c.paper, layout.paper_bgcolor);
        set("plot_bgcolor", c.plot, layout.plot_bgcolor);
        set("font.color", c.ink, layout.font?.color);
        set("legend.bgcolor", c.legend, layout.legend?.bgcolor);
        for (const key of Object.keys(layout).filter(k => /^[xy]axis\d*$/.test(k))) {
            set(`${key}.gridcolor`, c.grid, layout[key]?.gridcolor);
            set(`${key}.linecolor`, c.grid, layout[key]?.linecolor);
        }
        (layout.shapes ?? []).forEach((shape, i) => {
            const fill = swapped(shape.fillcolor, theme);
            if (fill) relayout[`shapes[${i}].fillcolor`] = fill;
            const line = swapped(shape.line?.color, theme);
            if (line) relayout[`shapes[${i}].line.color`] = line;
        });
        (layout.annotations ?? []).forEach((annotation, i) => {
            const ink = swapped(annotation.font?.color, theme);
            if (ink) relayout[`annotations[${i}].font.color`] = ink;
        });

        // One restyle per attribute over all traces; undefined leaves a trace as it is.
        const restyle = {};
        chart.data.forEach((trace, i) => {
            const colours = [["line.color", trace.line?.color], ["marker.color", trace.marker?.color], ["marker.line.color", trace.marker?.line?.color]];
            for (const [attribute, colour] of colours) {
                const next = swapped(colour, theme);
                if (next) {
                    restyle[attribute] ??= new Array(chart.data.length).fill(undefined);
                    restyle[attribute][i] = next;
                }
            }
        });

        // The call draws again and fires plotly_afterplot, which then finds nothing left to change: no loop.
        if (Object.keys(restyle).length > 0) {
            plotly.update(chart, restyle, relayout);
        } else if (Object.keys(relayout).length > 0) {
            plotly.relayout(chart, relayout);
        }
    };

    const themeCharts = () => document.querySelectorAll(".js-plotly-plot").forEach(themeChart);

    const applyTheme = theme => {
        root.dataset.theme = theme;
        themeCharts();
    };

    // Charts: recoloured after every draw, and resized with their card (a menu opening, a grid changing its
    // columns), which Plotly's own responsive mode misses because only the window's resize reaches it.
    const watched = new WeakSet();
    const resizer = typeof ResizeObserver === "function"
        ? new ResizeObserver(entries => entries.forEach(entry => {
            if (window.Plotly && entry.target.isConnected && entry.target.layout) {
                window.Plotly.Plots.resize(entry.target);
            }
        }))
        : null;
    const watchCharts = () => document.querySelectorAll(".js-plotly-plot").forEach(chart => {
        if (watched.has(chart) || typeof chart.on !== "function") {
            return;
        }
        watched.add(chart);
        chart.on("plotly_afterplot", () => themeChart(chart));
        resizer?.observe(chart);
        themeChart(chart);
    });

    const setMenu = open => {
        if (open) {
            root.setAttribute("data-nav-open", "");
        } else {
            root.removeAttribute("data-nav-open");
        }
        document.getElementById("nav-toggle")?.setAttribute("aria-expanded", open ? "true" : "false");
    };

    applyTheme(chosenTheme());
    system.addEventListener("change", () => {
        if (stored() === null) applyTheme(chosenTheme());
    });

    document.addEventListener("click", event => {
        const target = event.target instanceof Element ? event.target : null;
        if (target?.closest("[data-theme-toggle]")) {
            const next = root.dataset.theme === "dark" ? "light" : "dark";
            try {
                localStorage.setItem(themeKey, next);
            } catch {
                // not kept across reloads where storage is blocked; the page still switches
            }
            applyTheme(next);
        } else if (target?.closest("[data-nav-toggle]")) {
            setMenu(!root.hasAttribute("data-nav-open"));
        } else if (target?.closest(".nav-links a")) {
            setMenu(false); // a link chosen from the phone menu: show the page, not the menu
        }
    });

    new MutationObserver(watchCharts).observe(root, { childList: true, subtree: true });

    window.netpicking = {
        // Saves a stream from .NET as a file (the CSV links of tables): a Blob URL avoids a second request that would
        // have to rebuild the page's state on the server.
        download: async (fileName, streamReference) => {
            const buffer = await streamReference.arrayBuffer();
            const url = URL.createObjectURL(new Blob([buffer], { type: "text/csv" }));
            const anchor = document.createElement("a");
            anchor.href = url;
            anchor.download = fileName;
            document.body.appendChild(anchor);
            anchor.click();
            anchor.remove();
            URL.revokeObjectURL(url);
        },
    };
})();
