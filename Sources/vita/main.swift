#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCLI

// A file size limit (`ulimit -f`) makes a write fail with "File too large", said and handled,
// instead of killing the program in the middle of it.
signal(SIGXFSZ, SIG_IGN)
VitaCommand.run()
