// Small browser helpers the Blazor components call through JS interop.
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
