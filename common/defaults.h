// SPDX-License-Identifier: MIT
#pragma once

#include "setting.h"

#include <QtGlobal>

// Every default and limit a user can see or set, written once: the command-line parsers, their
// --help texts, the saved settings, the windows' fields and the engines all read them from here.
// A setting kept in the settings file is a Setting: its key, default and range in one line.
namespace Defaults {

// The seed's server: IPv4 loopback, port 6000.
inline constexpr quint16 Port = 6000;
inline constexpr char Address[] = "127.0.0.1";

// Client: how long a message waits for its reply before it is marked "no reply" (--timeout).
inline constexpr Setting<int> TimeoutMs{"timeoutMs", 1000, 1, 600000};

// Server log: rows kept in the window, and the most a user may ask for. Memory is bounded by
// LogBytes whatever the row setting, as each row's fixed cost is counted with its payload (and
// again at most this much is queued between flushes): 10,000 rows of 64 KiB would be 640 MB, and
// 3,000,000 empty ones 280 MB.
inline constexpr Setting<int> LogRows{"maxRows", 10000, 1, 1000000};
inline constexpr qint64 LogBytes = 32 * 1024 * 1024;

// Reflection guard: replies per second per source network (--rate-limit). RateLimitAuto is off on
// loopback and RateLimitElsewhere on any other address; 0 is off; the maximum keeps every derived
// figure (the burst) in range.
inline constexpr int RateLimitAuto = -1;
inline constexpr int RateLimitElsewhere = 50;
inline constexpr Setting<int> RateLimit{"rateLimit", RateLimitAuto, RateLimitAuto, 1000000};

// Server: the receive buffer asked of the system after bind() unless the user asks otherwise
// (--recv-buffer, in bytes; 0, the default, is the server's own ServerReceiveBuffer). The system
// doubles what is asked and keeps it within its own limits (net.core.rmem_max, and a floor of a
// few KiB). 4 MiB holds about 40 ms of a flood of small datagrams.
inline constexpr int ServerReceiveBuffer = 4 * 1024 * 1024;
inline constexpr Setting<int> ReceiveBuffer{"receiveBuffer", 0, 1, 1 << 30};
// Client: the receive buffer a traffic run asks for, so replies to a fast run are not dropped by
// its own socket (the default, ~200 KB, holds about a millisecond of them at full speed).
inline constexpr int RunReceiveBuffer = 4 * 1024 * 1024;

// Client traffic runs (--count, --interval, --rate and the window's Runs panel): the window's
// starting values and the limits both accept.
inline constexpr int RunCount = 1000;
inline constexpr int RunIntervalMs = 10;
inline constexpr qint64 RunIntervalMsMax = 24LL * 3600 * 1000;
inline constexpr int RunRateMax = 10000000;
inline constexpr int RunCountMax = 1000000000;
// The console's pace without --interval or --rate: ping's, one a second.
inline constexpr int ConsoleRunIntervalMs = 1000;

// Client: saved messages (kept with the settings, shared as JSON files): at most this many, with
// names this long, and this many bytes in all (each message's bytes and what was typed); a file to
// import is refused above SavedMessagesFileBytes before it is read.
inline constexpr int SavedMessages = 100;
inline constexpr int SavedMessageNameLength = 100;
inline constexpr qint64 SavedMessagesBytes = 4 * 1024 * 1024;
inline constexpr qint64 SavedMessagesFileBytes = 16 * 1024 * 1024;

// Client, to a multicast group: hops a datagram may cross (--ttl; 1 stays on the local network),
// and whether this computer's own members of the group hear it (--multicast-loopback).
inline constexpr Setting<int> MulticastTtl{"ttl", 1, 1, 255};
inline constexpr bool MulticastLoopback = true;

// Client: who answered a message (the Responders view), rows kept; and the most responders one
// message counts, whatever a crowd of senders does (more are shown as unexpected).
inline constexpr int ResponderRows = 1000;
inline constexpr int RespondersPerMessage = 256;

} // namespace Defaults
