// SPDX-License-Identifier: MIT
#include "runsettings.h"

#include "clientoptions.h"

TrafficRun::Settings runSettings(const ClientOptions &options)
{
    TrafficRun::Settings settings;
    settings.host = options.host;
    settings.port = options.port;
    settings.message = options.message;
    settings.count = options.count;
    settings.intervalNs = options.intervalNs;
    settings.timeoutMs = options.timeoutMs;
    settings.expectAny = options.expectAny;
    settings.socket = options.socket;
    return settings;
}
