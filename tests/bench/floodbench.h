// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>

// The server window (offscreen, --rate-limit 0: everything answered) under two floods of the same
// count and rate, one from a single sender and one from ever-new forged senders, each on a fresh
// window, interleaved over rounds; a probe's round trips every ~10 ms set side by side, with the
// target (p99 < 5 ms under both). Returns false if a window could not be started.
bool compareFloods(const QString &serverProgram, int rounds, int64_t count, int rate);
