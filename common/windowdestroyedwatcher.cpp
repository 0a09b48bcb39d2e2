// SPDX-License-Identifier: MIT
#include "windowdestroyedwatcher.h"

#include <QCoreApplication>

#include <cstdint>

namespace {
// xcb_destroy_notify_event_t, spelled out so that no X11 headers are needed to build.
struct DestroyNotify
{
    uint8_t responseType;
    uint8_t pad0;
    uint16_t sequence;
    uint32_t event;
    uint32_t window;
};
constexpr uint8_t XcbDestroyNotify = 17;
} // namespace

WindowDestroyedWatcher::WindowDestroyedWatcher(Callback callback)
    : m_callback(std::move(callback))
{
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowDestroyedWatcher::~WindowDestroyedWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

bool WindowDestroyedWatcher::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (eventType != "xcb_generic_event_t")
        return false;
    const auto *event = static_cast<const DestroyNotify *>(message);
    // The high bit marks an event sent by another client (SendEvent); it is a DestroyNotify all the same.
    if ((event->responseType & 0x7f) == XcbDestroyNotify)
        m_callback(quintptr(event->window));
    return false;  // Qt goes on with its own handling
}
