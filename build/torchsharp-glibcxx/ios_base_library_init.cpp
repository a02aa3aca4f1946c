// GCC 13's libstdc++ exports std::ios_base_library_init() (GLIBCXX_3.4.32) so that objects built
// with it can initialise the standard streams; GCC 12's libstdc++ does the same work in a static
// ios_base::Init. Providing the symbol under its version lets libLibTorchSharp.so bind to it.
#include <ios>

extern "C" void netpicking_ios_base_library_init() __asm__("_ZSt21ios_base_library_initv");

extern "C" void netpicking_ios_base_library_init()
{
    static std::ios_base::Init init;
}
