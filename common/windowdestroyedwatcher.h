// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractNativeEventFilter>

#include <functional>

// Tells when the window system destroys one of the application's windows behind its back
// (`xdotool windowclose`, a crashed window manager's clean-up): Qt's xcb plugin ignores that
// DestroyNotify, which would leave the program running with no window. Elsewhere it never fires.
class WindowDestroyedWatcher : public QAbstractNativeEventFilter
{
public:
    using Callback = std::function<void(quintptr windowId)>;

    // Installs itself on the application; the callback gets the native id of the window gone.
    explicit WindowDestroyedWatcher(Callback callback);
    ~WindowDestroyedWatcher() override;

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    Callback m_callback;
};
