// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <cstring>
#include <initializer_list>

namespace CommandLine {

bool needsNoWindow(int argc, char *argv[], const char *extraFlag)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
        if (extraFlag && std::strcmp(argv[i], extraFlag) == 0)
            return true;
    }
    return false;
}

} // namespace CommandLine
