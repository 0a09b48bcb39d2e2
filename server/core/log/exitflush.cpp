// SPDX-License-Identifier: MIT
#include "exitflush.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <utility>
#include <vector>

namespace {
using Entry = std::pair<void *, ExitFlush::Hook>;

// Never destroyed: it must outlive every static destructor that could still remove an owner.
std::vector<Entry> &entries()
{
    static auto *list = new std::vector<Entry>;
    return *list;
}

// Owners open and close files on the server's engine thread too; exit() comes on the main one.
std::mutex &entriesLock()
{
    static auto *lock = new std::mutex;
    return *lock;
}

void runAtExit() { ExitFlush::runAll(); }
} // namespace

namespace ExitFlush {

void add(void *owner, Hook hook)
{
    [[maybe_unused]] static const bool installed = std::atexit(runAtExit) == 0;  // once
    remove(owner);
    const std::lock_guard<std::mutex> lock(entriesLock());
    entries().emplace_back(owner, hook);
}

void remove(void *owner)
{
    const std::lock_guard<std::mutex> lock(entriesLock());
    auto &list = entries();
    list.erase(std::remove_if(list.begin(), list.end(), [owner](const Entry &e) { return e.first == owner; }),
               list.end());
}

void runAll()
{
    // A copy: a hook may remove its owner.
    std::vector<Entry> hooks;
    {
        const std::lock_guard<std::mutex> lock(entriesLock());
        hooks = entries();
    }
    for (const Entry &e : hooks)
        e.second(e.first);
}

} // namespace ExitFlush
