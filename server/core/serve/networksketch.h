// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>

#include <array>
#include <cstddef>

// Where a source network's state lives in a fixed table that no flood can fill: each network maps
// to one cell in each of Rows rows of Width hashed cells (a count-min sketch, as DNS servers'
// response rate limiting keeps its per-network state). The reflection guards keep their counts in
// such tables; memory is Rows x Width cells whatever the senders do.
class NetworkSketch
{
public:
    static constexpr int Rows = 4;
    static constexpr int Width = 65536;
    static constexpr size_t Cells = size_t(Rows) * Width;
    using Places = std::array<size_t, Rows>;

    NetworkSketch();

    // The network of an address: the /24 of an IPv4 address (IPv4-mapped included), the /56 of an IPv6 one.
    static quint64 networkKey(const QHostAddress &address);
    // The network's cell in each row, as indices into a table of Cells.
    Places places(quint64 key) const;

private:
    std::array<quint64, Rows> m_seeds = {};  // random per server: nobody can aim a prefix at a chosen cell
};
