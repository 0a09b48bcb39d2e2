// SPDX-License-Identifier: MIT
#include "datagramrecord.h"

#include "protocol.h"

QByteArray replyBytes(const DatagramRecord &record)
{
    switch (record.outcome) {
    case Outcome::Hello:
    case Outcome::GoodBye:
        return Protocol::replyTo(record.payload);
    case Outcome::Echoed:
        return record.payload;
    case Outcome::Text:
        return record.reply;
    case Outcome::TooLarge:
    case Outcome::SendFailed:
    case Outcome::RateLimited:
    case Outcome::ListenOnly:
    case Outcome::WouldAmplify:
        break;
    }
    return {};
}
