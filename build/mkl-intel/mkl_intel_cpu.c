/* libtorch's oneMKL picks its fast code paths only when this function says the CPU is an Intel one; on AMD CPUs it
 * answers 0 and MKL's sgemm runs a slower generic path. Loaded with RTLD_GLOBAL before libtorch (and only when the
 * machine's self-check found it correct and faster), this definition wins over MKL's own, so MKL dispatches on the
 * instruction sets the CPU really has. docs/decisions/0013-compute-path-per-machine.md */
int mkl_serv_intel_cpu_true(void) { return 1; }
