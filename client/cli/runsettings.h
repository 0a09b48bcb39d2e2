// SPDX-License-Identifier: MIT
#pragma once

#include "trafficrun.h"

struct ClientOptions;

// The one way client options become a traffic run's settings: the console's --traffic and the
// window's Runs panel both use it, so that a run honours every choice (replies expected, who may
// answer, local endpoint, group options) wherever it is started.
TrafficRun::Settings runSettings(const ClientOptions &options);
