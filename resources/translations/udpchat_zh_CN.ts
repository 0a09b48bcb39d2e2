<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppStart</name>
    <message>
        <source>no window can open here (no display: $DISPLAY and $WAYLAND_DISPLAY are not set); udpchat-server --headless runs without one.</source>
        <translation>这里无法打开窗口（没有显示器：$DISPLAY 和 $WAYLAND_DISPLAY 都未设置）；udpchat-server --headless 无需窗口即可运行。</translation>
    </message>
</context>
<context>
    <name>AppendFile</name>
    <message>
        <source>it is not a regular file (a pipe, a device or a folder)</source>
        <translation>它不是普通文件（而是管道、设备或文件夹）</translation>
    </message>
</context>
<context>
    <name>BindErrorText</name>
    <message>
        <source>Cannot listen on %1: %2 is an IPv4-mapped IPv6 address; listen on %3 instead.</source>
        <translation>无法在 %1 上监听：%2 是 IPv4 映射的 IPv6 地址；请改为在 %3 上监听。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2 is a link-local address, which needs its interface, such as %2%eth0.</source>
        <translation>无法在 %1 上监听：%2 是链路本地地址，需要指明网络接口，例如 %2%eth0。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: this computer has no interface named '%2'.</source>
        <translation>无法在 %1 上监听：本机没有名为“%2”的网络接口。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the port is already in use by another program.</source>
        <translation>无法在 %1 上监听：该端口已被其他程序占用。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: permission denied (ports below 1024 usually need administrator rights).</source>
        <translation>无法在 %1 上监听：权限不足（1024 以下的端口通常需要管理员权限）。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2 is not an address of this computer.</source>
        <translation>无法在 %1 上监听：%2 不是本机的地址。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: this system does not support that address family.</source>
        <translation>无法在 %1 上监听：本系统不支持该地址族。</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>无法在 %1 上监听。</translation>
    </message>
    <message>
        <source>%1 (system: %2)</source>
        <translation>%1（系统：%2）</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>&lt;p&gt;Version %1, %2, git revision &lt;tt&gt;%3&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;版本 %1，%2，git 修订版 &lt;tt&gt;%3&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright &amp;copy; 2026 The udpchat developers.&lt;br&gt;Free software under the MIT License: use, copy, modify and share it; the licence comes with it (LICENSE, or /usr/share/doc/udpchat/copyright). There is NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;版权所有 &amp;copy; 2026 udpchat 开发者。&lt;br&gt;MIT 许可证下的自由软件：可以使用、复制、修改和分享；许可证随软件提供（LICENSE 或 /usr/share/doc/udpchat/copyright）。本软件不提供任何担保。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ByteSizeSpinBox</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform></translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <source>&amp;Capture to file…</source>
        <translation>抓包到文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Export ca&amp;pture…</source>
        <translation>导出抓包(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the datagrams in the log and their replies as a pcapng capture (Wireshark)</source>
        <translation>把日志中的数据报及其回复保存为 pcapng 抓包文件（Wireshark）</translation>
    </message>
    <message>
        <source>Capture every datagram and reply to a pcapng file (Wireshark) as they happen</source>
        <translation>把每个数据报和回复实时写入 pcapng 抓包文件（Wireshark）</translation>
    </message>
    <message>
        <source>Capturing every datagram and reply to %1</source>
        <translation>正在把每个数据报和回复抓包到 %1</translation>
    </message>
    <message>
        <source>Could not export the capture to %1: %2</source>
        <translation>无法把抓包导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n packet(s) to %1</source>
        <translation>
            <numerusform>已把 %n 个数据包导出到 %1</numerusform></translation>
    </message>
    <message>
        <source>Capture every datagram to</source>
        <translation>把每个数据报抓包到</translation>
    </message>
    <message>
        <source>pcapng capture (*.pcapng)</source>
        <translation>pcapng 抓包文件 (*.pcapng)</translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation>导出抓包</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>UDP hello client: a chat-style conversation with a udpchat or seed server.</source>
        <translation>UDP hello 客户端：以聊天方式与 udpchat 或教程中的服务器对话。</translation>
    </message>
    <message>
        <source>Server address or host name (default %1).</source>
        <translation>服务器地址或主机名（默认 %1）。</translation>
    </message>
    <message>
        <source>Server port (default %1).</source>
        <translation>服务器端口（默认 %1）。</translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN (default: the system's).</source>
        <translation>窗口语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>The tutorial's demo: a server window and two client windows, Client1 and Client2.</source>
        <translation>教程中的演示：一个服务器窗口和两个客户端窗口 Client1 与 Client2。</translation>
    </message>
    <message>
        <source>--host: the server address is empty.</source>
        <translation>--host：服务器地址为空。</translation>
    </message>
    <message>
        <source>--host: the server address is %1 characters long; a host name or address has at most %2.</source>
        <translation>--host：服务器地址长 %1 个字符；主机名或地址最多 %2 个字符。</translation>
    </message>
    <message>
        <source>--port: '%1' is not a port number (1-65535).</source>
        <translation>--port：“%1”不是端口号（1-65535）。</translation>
    </message>
    <message>
        <source>With --console, send this message (once, or --count times) and report every reply like ping; {seq} in it becomes each datagram's number.</source>
        <translation>与 --console 一起使用：发送这条消息（一次，或 --count 次），像 ping 一样报告每个回复；其中的 {seq} 会替换为每个数据报的序号。</translation>
    </message>
    <message>
        <source>How many times to send the --message (default once; with --interval or --rate alone, until Ctrl+C).</source>
        <translation>发送 --message 的次数（默认一次；只给 --interval 或 --rate 时一直发送到按下 Ctrl+C）。</translation>
    </message>
    <message>
        <source>Datagrams per second to send the --message at, instead of --interval.</source>
        <translation>以每秒多少个数据报的速率发送 --message，代替 --interval。</translation>
    </message>
    <message>
        <source>--%1 goes with --message.</source>
        <translation>--%1 需要与 --message 一起使用。</translation>
    </message>
    <message>
        <source>--message needs --console (the window cannot run it yet).</source>
        <translation>--message 需要 --console（窗口暂时还不能运行它）。</translation>
    </message>
    <message>
        <source>--message: a character has no bytes in the --encoding.</source>
        <translation>--message：有字符无法用 --encoding 指定的编码表示。</translation>
    </message>
    <message>
        <source>--message: the message is empty.</source>
        <translation>--message：消息为空。</translation>
    </message>
    <message>
        <source>--message: a reply can carry at most %1 bytes of it.</source>
        <translation>--message：回复最多只能容纳其中 %1 字节。</translation>
    </message>
    <message>
        <source>--interval and --rate say the same thing: give one.</source>
        <translation>--interval 与 --rate 表达的是同一件事，请只给出一个。</translation>
    </message>
    <message>
        <source>--count: '%1' is not a positive number.</source>
        <translation>--count：“%1”不是正数。</translation>
    </message>
    <message>
        <source>--interval: '%1' is not a number of ms from 1 to %2.</source>
        <translation>--interval：“%1”不是 1 到 %2 之间的毫秒数。</translation>
    </message>
    <message>
        <source>No window: the tutorial's client in this terminal (prompt, reply, exit).</source>
        <translation>不开窗口：在本终端里运行教程的客户端（提示、回复、exit）。</translation>
    </message>
    <message>
        <source>What counts as a reply: hello (Hello &lt;message&gt;!, matched to its message; default) or any (any datagram answers the oldest message waiting).</source>
        <translation>什么算作回复：hello（Hello &lt;消息&gt;!，与其消息配对；默认）或 any（任何数据报都回答最早仍在等待的消息）。</translation>
    </message>
    <message>
        <source>Send from this address of this computer (default: the system picks).</source>
        <translation>从本机的这个地址发送（默认：由系统选择）。</translation>
    </message>
    <message>
        <source>Send from this UDP port (default: the system picks).</source>
        <translation>从这个 UDP 端口发送（默认：由系统选择）。</translation>
    </message>
    <message>
        <source>--expect: '%1' is not hello or any.</source>
        <translation>--expect：“%1”既不是 hello 也不是 any。</translation>
    </message>
    <message>
        <source>--local-address: '%1' is not an IPv4 or IPv6 address.</source>
        <translation>--local-address：“%1”不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>--local-port: '%1' is not a port number (0-65535).</source>
        <translation>--local-port：“%1”不是端口号（0-65535）。</translation>
    </message>
    <message>
        <source>Anyone may answer: replies from any address are taken, each showing its sender (default: the server only; a multicast group or a broadcast address implies it).</source>
        <translation>任何人都可以回答：接受来自任何地址的回复，每个回复都显示其发送方（默认：只有服务器；组播组或广播地址隐含此项）。</translation>
    </message>
    <message>
        <source>Hops a datagram to a multicast group may cross, 1 to %1 (default %2: the local network only).</source>
        <translation>发往组播组的数据报可经过的跳数，1 到 %1（默认 %2：仅限本地网络）。</translation>
    </message>
    <message>
        <source>Whether servers on this computer hear what it sends to a group: on or off (default %1).</source>
        <translation>本机上的服务器是否收到它发往组的数据报：on 或 off（默认 %1）。</translation>
    </message>
    <message>
        <source>The network interface datagrams to a multicast group leave through, such as eth0 (default: the system's routes).</source>
        <translation>发往组播组的数据报从哪个网络接口发出，例如 eth0（默认：按系统路由）。</translation>
    </message>
    <message>
        <source>--ttl: '%1' is not a number of hops from 1 to %2.</source>
        <translation>--ttl：“%1”不是 1 到 %2 之间的跳数。</translation>
    </message>
    <message>
        <source>--multicast-loopback: '%1' is not on or off.</source>
        <translation>--multicast-loopback：“%1”既不是 on 也不是 off。</translation>
    </message>
    <message>
        <source>Milliseconds between two sends of the --message (default %1).</source>
        <translation>两次发送 --message 之间的毫秒数（默认 %1）。</translation>
    </message>
    <message>
        <source>Milliseconds to wait for a reply (default %1, at most %2).</source>
        <translation>等待回复的毫秒数（默认 %1，最多 %2）。</translation>
    </message>
    <message>
        <source>--timeout: '%1' is not a number of ms from 1 to %2.</source>
        <translation>--timeout：“%1”不是 1 到 %2 之间的毫秒数。</translation>
    </message>
    <message>
        <source>--rate: '%1' is not a number of datagrams per second from %2 (one a day, as --interval %3) to %4.</source>
        <translation>--rate：“%1”不是每秒 %2（每天一个，即 --interval %3）到 %4 之间的数据报数。</translation>
    </message>
    <message>
        <source>Round trips are timed when each reply is read: this system gives no kernel receive times (Linux does).</source>
        <translation>往返时间在读取每个回复时计时：此系统不提供内核接收时间（Linux 提供）。</translation>
    </message>
</context>
<context>
    <name>ClientSocketSetup</name>
    <message>
        <source>There is no network interface named %1.</source>
        <translation>没有名为 %1 的网络接口。</translation>
    </message>
    <message>
        <source>The interface %1 cannot send to a multicast group.</source>
        <translation>接口 %1 不能向组播组发送。</translation>
    </message>
    <message>
        <source>The local port %1 is in use by another program: pick another, or leave it empty and the system picks one. Nothing was sent.</source>
        <translation>本地端口 %1 已被其他程序占用：请另选一个，或留空由系统选择。未发送任何内容。</translation>
    </message>
    <message>
        <source>Cannot send from %1: %2. Nothing was sent.</source>
        <translation>无法从 %1 发送：%2。未发送任何内容。</translation>
    </message>
    <message>
        <source>This system does not let udpchat send to the broadcast address %1 (SO_BROADCAST was refused). Nothing was sent.</source>
        <translation>本系统不允许 udpchat 向广播地址 %1 发送（SO_BROADCAST 被拒绝）。未发送任何内容。</translation>
    </message>
    <message>
        <source>This system refused the TTL %1 for the group %2. Nothing was sent.</source>
        <translation>本系统拒绝为组 %2 设置 TTL %1。未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>This system refused to send to the group %1 through %2. Nothing was sent.</source>
        <translation>本系统拒绝通过 %2 向组 %1 发送。未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Entries removed</source>
        <translation>已移除的条目</translation>
    </message>
    <message>
        <source>The conversation keeps its newest %1 entries and at most %2; older entries are removed first, and counted here.</source>
        <translation>对话保留最新的 %1 条、最多 %2 的内容；较旧的条目先被移除，并在此计数。</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在解析 %1…</translation>
    </message>
    <message>
        <source>Session %1 with %2 from local port %3</source>
        <translation>会话 %1：与 %2，本地端口 %3</translation>
    </message>
    <message>
        <source>Session %1 is over: New session starts another</source>
        <translation>会话 %1 已结束：点“新会话”开始另一个</translation>
    </message>
    <message>
        <source>%1 older entries removed</source>
        <translation>已移除 %1 条较旧的条目</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>udpchat client</source>
        <translation>udpchat 客户端</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>The server's address or host name</source>
        <translation>服务器的地址或主机名</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>How long to wait for a reply before marking a message "no reply" (UDP may lose it)</source>
        <translation>等待回复多久后把消息标为“无回复”（UDP 可能丢失它）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Start a new session: a new socket with a new source port</source>
        <translation>开始新会话：新的套接字，新的源端口</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新会话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;window</source>
        <translation>新窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Another conversation in its own window, with its own source port</source>
        <translation>在新窗口中另开一个对话，使用自己的源端口</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Clear conversation</source>
        <translation>清空对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About udpchat</source>
        <translation>关于 udpchat(&amp;A)</translation>
    </message>
    <message>
        <source>Session %1 with %2 from local port %3</source>
        <translation>会话 %1：与 %2，本地端口 %3</translation>
    </message>
    <message>
        <source>Counts (sent, answered, lost...) start again from zero for this session.</source>
        <translation>本会话的计数（已发送、已回复、丢失……）从零重新开始。</translation>
    </message>
    <message>
        <source>Session is over from the server %1</source>
        <translation>会话已结束，服务器 %1</translation>
    </message>
    <message>
        <source>udpchat client - %1</source>
        <translation>udpchat 客户端 - %1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>地址问题</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>会话(&amp;I)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Tour: UDP in seven steps</source>
        <translation>导览：七步了解 UDP(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>How message bytes are read and typed as text: %1 (default utf-8; gbk and gb2312 are gb18030).</source>
        <translation>消息字节按哪种编码读取和输入：%1（默认 utf-8；gbk 和 gb2312 按 gb18030 处理）。</translation>
    </message>
    <message>
        <source>--encoding: '%1' is not an encoding: the encodings are %2.</source>
        <translation>--encoding：“%1”不是编码，可用的编码有 %2。</translation>
    </message>
    <message>
        <source>--encoding: this system's Qt cannot convert %1 (it needs ICU).</source>
        <translation>--encoding：本系统的 Qt 无法转换 %1（需要 ICU）。</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (options start with --; see --help).</source>
        <translation>意外的参数“%1”（选项以 -- 开头；参见 --help）。</translation>
    </message>
</context>
<context>
    <name>ConditionsPanel</name>
    <message>
        <source>Make this client lose, delay, duplicate or reorder datagrams on purpose, to see what UDP does. The same seed gives the same run.</source>
        <translation>让这个客户端故意丢失、延迟、重复或打乱数据报，看看 UDP 会怎样。相同的种子得到相同的结果。</translation>
    </message>
    <message>
        <source>Net&amp;work conditions (simulated, in this window only)</source>
        <translation>网络状况（模拟，仅限本窗口）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Drop sent:</source>
        <translation>丢弃发送(&amp;D)：</translation>
    </message>
    <message>
        <source>Drop sent percent</source>
        <translation>丢弃发出的百分比</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Drop rec&amp;eived:</source>
        <translation>丢弃接收(&amp;E)：</translation>
    </message>
    <message>
        <source>D&amp;uplicate:</source>
        <translation>重复(&amp;U)：</translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation>延迟(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>抖动(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Reorder:</source>
        <translation>乱序(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;andom seed:</source>
        <translation>随机种子(&amp;A)：</translation>
    </message>
    <message>
        <source>Reset &amp;counts</source>
        <translation>重置计数(&amp;C)</translation>
    </message>
    <message>
        <source>Start counting sent, answered, lost, duplicated and reordered again from zero</source>
        <translation>让已发送、已回复、丢失、重复和乱序的计数从零重新开始</translation>
    </message>
    <message>
        <source>Drop received percent</source>
        <translation>丢弃收到的百分比</translation>
    </message>
    <message>
        <source>Duplicate percent</source>
        <translation>重复百分比</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Reorder percent</source>
        <translation>乱序百分比</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>ConsoleClient</name>
    <message>
        <source>no reply from %1 (UDP does not retransmit)
</source>
        <translation>%1 没有回复（UDP 不会重传）
</translation>
    </message>
    <message>
        <source>%1 from %2 time=%3 ms
</source>
        <translation>%1 来自 %2 时间=%3 毫秒
</translation>
    </message>
    <message>
        <source>answered by 1 server
</source>
        <translation>由 1 个服务器回答
</translation>
    </message>
    <message>
        <source>answered by %1 servers
</source>
        <translation>由 %1 个服务器回答
</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>Could not write to standard output: %1. What it should have shown is lost.</source>
        <translation>无法写入标准输出：%1。本应显示的内容已丢失。</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConversationMetaText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · 来自 %2</translation>
    </message>
    <message>
        <source>%1 · waiting for a reply…</source>
        <translation>%1 · 等待回复…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · answered by %n server(s), the first in %2</source>
        <translation>
            <numerusform>%1 · 由 %n 个服务器回答，最快 %2</numerusform></translation>
    </message>
    <message>
        <source>%1 · answered in %2</source>
        <translation>%1 · %2 后收到回复</translation>
    </message>
    <message>
        <source>%1 · no reply (double-click to retry)</source>
        <translation>%1 · 无回复（双击重试）</translation>
    </message>
    <message>
        <source>%1 · the same reply again × %2: duplicates, the latest at %3</source>
        <translation>%1 · 同一回复又收到 × %2：重复，最近一次在 %3</translation>
    </message>
    <message>
        <source>%1 · the same reply again: a duplicate</source>
        <translation>%1 · 同一回复再次到达：重复</translation>
    </message>
    <message>
        <source>%1 · %2 · out of order</source>
        <translation>%1 · %2 · 乱序</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · unexpected × %2, answer none of your messages; the latest, at %3, is shown</source>
        <translation>%1 · 意外数据报 × %2，不回复你的任何消息；显示的是最近一个，收到于 %3</translation>
    </message>
    <message>
        <source>%1 · unexpected datagram, answers none of your messages</source>
        <translation>%1 · 意外的数据报，不对应你的任何消息</translation>
    </message>
    <message>
        <source>%1 · running…</source>
        <translation>%1 · 运行中……</translation>
    </message>
    <message>
        <source>%1 · ended at %2 · click to fold</source>
        <translation>%1 · 结束于 %2 · 点击收起</translation>
    </message>
    <message>
        <source>%1 · ended at %2 · click for every figure</source>
        <translation>%1 · 结束于 %2 · 点击查看全部数据</translation>
    </message>
</context>
<context>
    <name>CountersLabel</name>
    <message>
        <source>Counters</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Rows trimmed: the oldest leave the log beyond %1 rows or %2 of payload; every datagram is still counted here.</source>
        <translation>已裁剪的行：超过 %1 行或 %2 载荷时，最旧的行离开日志；每个数据报仍计入此处。</translation>
    </message>
    <message>
        <source>Received %1 (%2/s) · dropped by the system: %3 · answered %4 · unanswered %5 · in %6 · out %7</source>
        <translation>已接收 %1（%2/秒）· 被系统丢弃：%3 · 已回复 %4 · 未回复 %5 · 入 %6 · 出 %7</translation>
    </message>
    <message>
        <source>Dropped by the system: datagrams discarded before they were read, because the receive buffer (%1, as granted by the system) was full.</source>
        <translation>被系统丢弃：接收缓冲区（%1，系统实际分配）已满，数据报在被读取之前即被丢弃。</translation>
    </message>
    <message>
        <source> · rate-limited %1</source>
        <translation> · 限速 %1</translation>
    </message>
    <message>
        <source> · limit %1/s per source network</source>
        <translation> · 每个源网络限 %1/秒</translation>
    </message>
    <message>
        <source> · %1 trimmed</source>
        <translation> · 已裁剪 %1</translation>
    </message>
    <message>
        <source> · held back %1 (would amplify)</source>
        <translation> · 已扣留 %1（会放大流量）</translation>
    </message>
    <message>
        <source>not counted here</source>
        <translation>此系统不计数</translation>
    </message>
    <message>
        <source>This system does not say how many (Linux does).</source>
        <translation>此系统不提供该数目（Linux 提供）。</translation>
    </message>
</context>
<context>
    <name>DatagramFile</name>
    <message>
        <source>%1 is %2 bytes; one datagram carries at most %3 bytes. Nothing was sent.</source>
        <translation>%1 有 %2 字节；一个数据报最多承载 %3 字节。未发送任何内容。</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was sent.</source>
        <translation>没有文件 %1。未发送任何内容。</translation>
    </message>
    <message>
        <source>%1 is a folder: send a file, whose bytes go as one datagram.</source>
        <translation>%1 是文件夹：请发送文件，其字节作为一个数据报发出。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a socket or a device): only a file's bytes can be sent.</source>
        <translation>%1 不是普通文件（管道、套接字或设备）：只能发送文件的字节。</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Nothing was sent.</source>
        <translation>无法读取 %1：%2。未发送任何内容。</translation>
    </message>
    <message>
        <source>%1 is empty: an empty message is not sent.</source>
        <translation>%1 是空的：空消息不会发送。</translation>
    </message>
</context>
<context>
    <name>DatagramInspector</name>
    <message>
        <source>UDP header, 8 bytes on the wire</source>
        <translation>UDP 首部，线路上的 8 个字节</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source> (the destination address is not known: the server listens on all addresses)</source>
        <translation>（目的地址未知：服务器在所有地址上监听）</translation>
    </message>
    <message>
        <source>%1 -&gt; (this computer)</source>
        <translation>%1 -&gt; （本机）</translation>
    </message>
    <message>
        <source>source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message numerus="yes">
        <source>%1 (8 + %n payload bytes)</source>
        <translation>
            <numerusform>%1（8 + %n 字节载荷）</numerusform></translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>0x%1 (over the %2 pseudo-header, %3)</source>
        <translation>0x%1（基于 %2 伪首部计算，%3）</translation>
    </message>
    <message numerus="yes">
        <source>From %1 at %2, %n byte(s)</source>
        <translation>
            <numerusform>来自 %1，时间 %2，%n 字节</numerusform></translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message numerus="yes">
        <source>Payload, %n byte(s):</source>
        <translation>
            <numerusform>载荷，%n 字节：</numerusform></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2（%3）</translation>
    </message>
</context>
<context>
    <name>DatagramLogModel</name>
    <message>
        <source>too large to answer</source>
        <translation>太大，无法回复</translation>
    </message>
    <message>
        <source>send failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>rate-limited, not answered</source>
        <translation>超出限速，未回复</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>not answered (listen only)</source>
        <translation>未回复（仅监听）</translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation>来自 %1，%2</translation>
    </message>
    <message>
        <source>held back: would amplify</source>
        <translation>已扣留：回复会放大流量</translation>
    </message>
</context>
<context>
    <name>DemoPort</name>
    <message>
        <source>Port %1 on %2 is in use by another program: the demo's server listens on port %3 instead, and both clients talk to it there.</source>
        <translation>%2 上的端口 %1 已被其他程序占用：演示的服务器改在端口 %3 上监听，两个客户端都在那里与它对话。</translation>
    </message>
</context>
<context>
    <name>DestinationKind</name>
    <message>
        <source>to group %1</source>
        <translation>发往组播组 %1</translation>
    </message>
    <message>
        <source>to broadcast %1</source>
        <translation>发往广播地址 %1</translation>
    </message>
    <message>
        <source>to this server</source>
        <translation>发往本服务器</translation>
    </message>
</context>
<context>
    <name>Escapes</name>
    <message>
        <source>bad escape '%1' at character %2: \x takes two hex digits, such as \x0d.</source>
        <translation>第 %2 个字符处的转义“%1”有误：\x 后面要跟两位十六进制数字，例如 \x0d。</translation>
    </message>
    <message>
        <source>unknown escape '%1' at character %2: use \n, \r, \t, \\ or \xNN.</source>
        <translation>第 %2 个字符处的转义“%1”无法识别：请用 \n、\r、\t、\\ 或 \xNN。</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Send &amp;file…</source>
        <translation>发送文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Send a file's bytes as one datagram (or drop the file on the window)</source>
        <translation>把文件的字节作为一个数据报发送（也可以把文件拖放到窗口上）</translation>
    </message>
    <message>
        <source>&amp;Saved messages</source>
        <translation>已存消息(&amp;S)</translation>
    </message>
    <message>
        <source>Send a file as one datagram</source>
        <translation>把文件作为一个数据报发送</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Multicast groups</source>
        <translation>组播组</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Lea&amp;ve</source>
        <translation>退出(&amp;V)</translation>
    </message>
    <message>
        <source>Multicast &amp;groups</source>
        <translation>组播组(&amp;G)</translation>
    </message>
    <message>
        <source>Groups joined when listening</source>
        <translation>开始监听时加入的组</translation>
    </message>
    <message>
        <source>such as 239.255.0.1 or ff12::2115</source>
        <translation>例如 239.255.0.1 或 ff12::2115</translation>
    </message>
    <message>
        <source>every interface</source>
        <translation>每个网络接口</translation>
    </message>
    <message>
        <source>Joined when the server starts listening; it then listens on 0.0.0.0 (IPv4 groups) or :: (IPv6 groups), sharing the port with other servers on this computer</source>
        <translation>在服务器开始监听时加入；此时它监听 0.0.0.0（IPv4 组）或 ::（IPv6 组），与本机上的其他服务器共用该端口</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation>接口(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 on every interface</source>
        <translation>%1（每个网络接口）</translation>
    </message>
    <message>
        <source>Stop listening to change the groups</source>
        <translation>停止监听后才能更改组</translation>
    </message>
    <message>
        <source>Stop listening to change the groups: joining one changes the address the server listens on.</source>
        <translation>停止监听后才能更改组：加入组会改变服务器监听的地址。</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>无法打开日志文件 %1：%2</translation>
    </message>
    <message>
        <source>Receive buffer: %1 bytes asked, %2 granted by the system.</source>
        <translation>接收缓冲区：申请 %1 字节，系统分配 %2 字节。</translation>
    </message>
    <message>
        <source>Listening on %1, not %2: a multicast group is heard only on the wildcard address.</source>
        <translation>正在 %1 上监听，而不是 %2：只有在通配地址上才能收到组播组的数据。</translation>
    </message>
    <message>
        <source>Stopped serving what was still queued after a second: more datagrams kept coming.</source>
        <translation>一秒后停止处理仍在排队的数据报：仍有数据报不断到来。</translation>
    </message>
</context>
<context>
    <name>HelloClient</name>
    <message>
        <source>Type the server's address, such as 127.0.0.1.</source>
        <translation>请输入服务器地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>'%1' is not a valid IPv4 address: four numbers from 0 to 255, such as 127.0.0.1.</source>
        <translation>“%1”不是有效的 IPv4 地址：应为四个 0 到 255 的数，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>'%1' is not a valid IPv6 address, such as ::1.</source>
        <translation>“%1”不是有效的 IPv6 地址，例如 ::1。</translation>
    </message>
    <message>
        <source>'%1' is not a valid host name: letters, digits, '-' and dots, such as localhost.</source>
        <translation>“%1”不是有效的主机名：只能包含字母、数字、“-”和点，例如 localhost。</translation>
    </message>
    <message>
        <source>Type a name first: an empty message is not sent.</source>
        <translation>请先输入名字：空消息不会发送。</translation>
    </message>
    <message>
        <source>This message is %1 bytes; a reply can carry at most %2 bytes of it. Nothing was sent.</source>
        <translation>这条消息有 %1 字节；回复最多只能容纳其中 %2 字节。未发送任何内容。</translation>
    </message>
    <message>
        <source>The session is over: start a New session to send again.</source>
        <translation>会话已结束：请开始新会话后再发送。</translation>
    </message>
    <message>
        <source>No session: check the server's address, then start a New session.</source>
        <translation>没有会话：请检查服务器地址，然后开始新会话。</translation>
    </message>
    <message>
        <source>%1 is a multicast group: anyone in it may answer, and each reply names its sender.</source>
        <translation>%1 是组播组：组内任何成员都可以回答，每个回复都标明其发送方。</translation>
    </message>
    <message>
        <source>%1 is a broadcast address: any computer on the network may answer, and each reply names its sender.</source>
        <translation>%1 是广播地址：网络上任何计算机都可以回答，每个回复都标明其发送方。</translation>
    </message>
    <message>
        <source>Anyone may answer: each reply names its sender.</source>
        <translation>任何人都可以回答：每个回复都标明其发送方。</translation>
    </message>
</context>
<context>
    <name>HelloServer</name>
    <message>
        <source>Could not answer %1: %2</source>
        <translation>无法回复 %1：%2</translation>
    </message>
    <message>
        <source>received %1, answered %2, dropped by the system: %3</source>
        <translation>已接收 %1，已回复 %2，被系统丢弃：%3</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>About udpchat</source>
        <translation>关于 udpchat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;udpchat client&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A chat-style conversation with a UDP hello server: the classic tutorial's protocol, with loss, round trips and source ports in plain view.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;udpchat 客户端&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;以聊天方式与 UDP hello 服务器对话：经典教程的协议，丢包、往返时间和源端口一目了然。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n datagram(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个数据报到 %1</numerusform></translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not open the log file %1: %2</source>
        <translation>无法打开日志文件 %1：%2</translation>
    </message>
    <message>
        <source>Appending every datagram to %1</source>
        <translation>正在把每个数据报追加到 %1</translation>
    </message>
    <message>
        <source>Append every datagram to a JSON Lines file as it arrives</source>
        <translation>每个数据报到达时追加到 JSON Lines 文件</translation>
    </message>
    <message>
        <source>Log every datagram to</source>
        <translation>把每个数据报记录到</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>LogFileWriter</name>
    <message numerus="yes">
        <source>Closed the log file %1 with %n datagram(s) not written: %2</source>
        <translation>
            <numerusform>已关闭日志文件 %1，有 %n 个数据报未写入：%2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Logging to %1 resumed; %n datagram(s) could not be written.</source>
        <translation>
            <numerusform>已恢复写入日志 %1；有 %n 个数据报未能写入。</numerusform></translation>
    </message>
    <message>
        <source>Could not write the log file %1: %2. Keeping up to %3 of datagrams in memory and trying again every second.</source>
        <translation>无法写入日志文件 %1：%2。内存中最多保留 %3 的数据报，每秒重试一次。</translation>
    </message>
    <message numerus="yes">
        <source>Could not write the log file %1: %2. Logging stopped; %n datagram(s) not written.</source>
        <translation>
            <numerusform>无法写入日志文件 %1：%2。日志记录已停止；有 %n 个数据报未写入。</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>关闭此错误</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>He&amp;x</source>
        <translation>十六进制(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Backslash escapes</source>
        <translation>反斜杠转义(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Hex mode: type bytes as hex (48 65 6c 6c 6f, spaces optional) and see every payload as hex</source>
        <translation>十六进制模式：以十六进制输入字节（48 65 6c 6c 6f，空格可省略），并以十六进制显示每个载荷</translation>
    </message>
    <message>
        <source>Type \n, \r, \t and \\ as characters and \xNN as one byte, such as ping\r\n or \x00\x01</source>
        <translation>把 \n、\r、\t 和 \\ 当作字符输入，\xNN 当作一个字节，例如 你好\r\n 或 \x00\x01</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>行尾</translation>
    </message>
    <message>
        <source>Sent after each message typed: in the text's encoding, or as bytes in hex mode</source>
        <translation>每条输入的消息之后发送：按文字的编码，十六进制模式下按字节</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>不加行尾</translation>
    </message>
    <message>
        <source>+ LF (\n)</source>
        <translation>+ LF (\n)</translation>
    </message>
    <message>
        <source>+ CR (\r)</source>
        <translation>+ CR (\r)</translation>
    </message>
    <message>
        <source>+ CRLF (\r\n)</source>
        <translation>+ CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Bytes in hex, e.g. 48 65 6c 6c 6f</source>
        <translation>十六进制字节，例如 48 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>Text with escapes, e.g. ping\r\n or \x00\x01</source>
        <translation>带转义的文字，例如 你好\r\n 或 \x00\x01</translation>
    </message>
    <message>
        <source>Your name, or exit to end the session</source>
        <translation>你的名字，或输入 exit 结束会话</translation>
    </message>
</context>
<context>
    <name>MulticastMembership</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1（接口 %2）</translation>
    </message>
    <message>
        <source>%1 is not a multicast group address (IPv4 224.0.0.0/4, IPv6 ff00::/8).</source>
        <translation>%1 不是组播组地址（IPv4 224.0.0.0/4，IPv6 ff00::/8）。</translation>
    </message>
    <message>
        <source>it is an IPv4 group and this server listens on IPv6 (one socket, one address family: start a second server for it).</source>
        <translation>这是 IPv4 组，而本服务器在 IPv6 上监听（一个套接字只有一个地址族：请为它另启动一个服务器）。</translation>
    </message>
    <message>
        <source>it is an IPv6 group and this server listens on IPv4 (one socket, one address family: start a second server for it).</source>
        <translation>这是 IPv6 组，而本服务器在 IPv4 上监听（一个套接字只有一个地址族：请为它另启动一个服务器）。</translation>
    </message>
    <message>
        <source>there is no interface named %1.</source>
        <translation>没有名为 %1 的接口。</translation>
    </message>
    <message>
        <source>interface %1 cannot do multicast.</source>
        <translation>接口 %1 不支持组播。</translation>
    </message>
    <message>
        <source>interface %1 is down.</source>
        <translation>接口 %1 未启用。</translation>
    </message>
    <message>
        <source>no interface that is up can do multicast.</source>
        <translation>没有已启用且支持组播的接口。</translation>
    </message>
    <message>
        <source>the system refused: %1</source>
        <translation>系统拒绝：%1</translation>
    </message>
    <message>
        <source>the system refused: not supported here.</source>
        <translation>系统拒绝：此处不支持。</translation>
    </message>
    <message>
        <source>Cannot join group %1: %2</source>
        <translation>无法加入组 %1：%2</translation>
    </message>
    <message>
        <source>Cannot join group %1 on %2: %3</source>
        <translation>无法在 %2 上加入组 %1：%3</translation>
    </message>
    <message>
        <source>Interface %1 is back: joined group %2 on it again.</source>
        <translation>接口 %1 已恢复：已在其上重新加入组 %2。</translation>
    </message>
    <message>
        <source>Interface %1 is ready now: joined group %2 on it.</source>
        <translation>接口 %1 现已就绪：已在其上加入组 %2。</translation>
    </message>
    <message>
        <source>Joined group %1 on %2.</source>
        <translation>已在 %2 上加入组 %1。</translation>
    </message>
    <message>
        <source>Interface %1 is gone or down: group %2 is no longer joined on it (joined again when it is back).</source>
        <translation>接口 %1 已消失或停用：组 %2 不再在其上加入（恢复后会重新加入）。</translation>
    </message>
    <message>
        <source>Type a group address, such as 239.255.0.1 or ff12::2115.</source>
        <translation>请输入组地址，例如 239.255.0.1 或 ff12::2115。</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 or IPv6 address (pick the interface in the list).</source>
        <translation>“%1”不是 IPv4 或 IPv6 地址（接口请在列表中选择）。</translation>
    </message>
    <message>
        <source>One socket, one address family: %1 cannot be joined beside %2.</source>
        <translation>一个套接字只有一种地址族：%1 不能与 %2 同时加入。</translation>
    </message>
    <message>
        <source>%1 is joined already.</source>
        <translation>%1 已经加入。</translation>
    </message>
</context>
<context>
    <name>PcapngWriter</name>
    <message numerus="yes">
        <source>Closed the capture %1 with %n packet(s) not written: %2</source>
        <translation>
            <numerusform>已关闭抓包文件 %1，有 %n 个数据包未写入：%2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Capturing to %1 resumed; %n packet(s) could not be written.</source>
        <translation>
            <numerusform>已恢复向 %1 抓包；有 %n 个数据包未能写入。</numerusform></translation>
    </message>
    <message>
        <source>Could not write the capture %1: %2. Keeping up to %3 of packets in memory and trying again every second.</source>
        <translation>无法写入抓包文件 %1：%2。内存中最多保留 %3 的数据包，每秒重试一次。</translation>
    </message>
    <message numerus="yes">
        <source>Could not write the capture %1: %2. Capture stopped; %n packet(s) not written.</source>
        <translation>
            <numerusform>无法写入抓包文件 %1：%2。抓包已停止；有 %n 个数据包未写入。</numerusform></translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>数据报</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PeersPanel</name>
    <message>
        <source>Peers: who sent datagrams</source>
        <translation>对端：发送过数据报的人</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Everyone who sent a datagram: one row per address and port</source>
        <translation>每个发送过数据报的对端：每个地址和端口一行</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
</context>
<context>
    <name>ReceiveBufferControl</name>
    <message>
        <source>Receive &amp;buffer:</source>
        <translation>接收缓冲区(&amp;B)：</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>接收缓冲区</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>Receive buffer to ask the system for when listening starts (--recv-buffer), from %1 to %2, such as 64 KiB or 2 MiB; empty: the default, %3. The system doubles what is asked, within its limits. A small buffer lets a burst overflow it: the status bar counts what the system dropped.</source>
        <translation>开始监听时向系统申请的接收缓冲区大小（--recv-buffer），从 %1 到 %2，例如 64 KiB 或 2 MiB；留空：使用默认值 %3。系统会在其限制范围内把申请的大小加倍。缓冲区较小时，一阵突发的数据报就会把它填满：状态栏会统计被系统丢弃的数量。</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>已分配 %1</translation>
    </message>
    <message>
        <source>Linux doubles what is asked: the other half is for its own bookkeeping.</source>
        <translation>系统把申请的大小加倍：多出的一半供内核自身记账使用。</translation>
    </message>
    <message>
        <source>More than asked: the smallest buffer the system gives.</source>
        <translation>比申请的多：这是系统给出的最小缓冲区。</translation>
    </message>
    <message>
        <source>Less than Linux would give (twice what is asked): the system caps it at twice net.core.rmem_max.</source>
        <translation>少于申请值的两倍：系统将其上限定为 net.core.rmem_max 的两倍。</translation>
    </message>
    <message>
        <source>The system granted %1 to the socket for %2 asked.</source>
        <translation>系统为该套接字分配了 %1（申请的是 %2）。</translation>
    </message>
    <message>
        <source>Less than asked: the system caps it.</source>
        <translation>少于申请值：系统设有上限。</translation>
    </message>
</context>
<context>
    <name>ReplyControl</name>
    <message>
        <source>Repl&amp;y:</source>
        <translation>回复方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Reply mode</source>
        <translation>回复方式</translation>
    </message>
    <message>
        <source>How every datagram is answered</source>
        <translation>如何回复每个数据报</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回复文本</translation>
    </message>
    <message>
        <source>ACK {counter}\n</source>
        <translation>确认 {counter}\n</translation>
    </message>
    <message>
        <source>The reply, with escapes \n \r \t \\ \xNN and macros {payload} {sender} {size} {counter} {time}. A reply longer than what it answers turns the rate limit on.</source>
        <translation>回复内容，可用转义 \n \r \t \\ \xNN 和宏 {payload} {sender} {size} {counter} {time}。回复比所回答的数据报更长时，会开启速率限制。</translation>
    </message>
    <message>
        <source>Reply text: %1 The server still answers as before.</source>
        <translation>回复文本：%1 服务器仍按原来的方式回复。</translation>
    </message>
</context>
<context>
    <name>ReplyMode</name>
    <message>
        <source>'%1' is not a reply mode: the modes are %2.</source>
        <translation>“%1”不是回复方式，可用的方式有 %2。</translation>
    </message>
    <message>
        <source>hello (the tutorial's)</source>
        <translation>hello（教程的回复）</translation>
    </message>
    <message>
        <source>the tutorial's</source>
        <translation>教程的回复</translation>
    </message>
    <message>
        <source>echo (the same bytes)</source>
        <translation>echo（原样返回）</translation>
    </message>
    <message>
        <source>the same bytes back</source>
        <translation>原样返回</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text（固定文本）</translation>
    </message>
    <message>
        <source>the --reply-text</source>
        <translation>--reply-text 给出的文本</translation>
    </message>
    <message>
        <source>none (listen only)</source>
        <translation>none（仅监听）</translation>
    </message>
    <message>
        <source>listen only</source>
        <translation>仅监听</translation>
    </message>
    <message>
        <source>%1 (%2, default)</source>
        <translation>%1（%2，默认）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>unknown macro {%1}: the macros are %2.</source>
        <translation>无法识别的宏 {%1}：可用的宏有 %2。</translation>
    </message>
    <message>
        <source>this reply is at least %1 bytes, and one datagram carries at most %2: no datagram could be answered.</source>
        <translation>此回复至少 %1 字节，而一个数据报最多容纳 %2 字节：任何数据报都无法得到回复。</translation>
    </message>
</context>
<context>
    <name>ResponderModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
</context>
<context>
    <name>RespondersPanel</name>
    <message>
        <source>Responders</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>谁回答了</translation>
    </message>
    <message numerus="yes">
        <source>Responders (%n older not shown)</source>
        <translation>
            <numerusform>回答者（%n 条较早的未显示）</numerusform></translation>
    </message>
</context>
<context>
    <name>RunCharts</name>
    <message>
        <source>Round trip (ms)</source>
        <translation>往返时间（毫秒）</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Sent per second</source>
        <translation>每秒发送</translation>
    </message>
    <message>
        <source>Answered per second</source>
        <translation>每秒得到回复</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Round trip of each reply; lost datagrams marked at 0</source>
        <translation>每个回复的往返时间；丢失的数据报标在 0 处</translation>
    </message>
    <message>
        <source>Datagrams per second</source>
        <translation>每秒数据报数</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>&amp;Measured runs: one message, many times</source>
        <translation>测量运行：一条消息，发送多次(&amp;M)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Send one message again and again, count what comes back and chart the round trips</source>
        <translation>反复发送同一条消息，统计收到的回复，并绘出往返时间</translation>
    </message>
    <message>
        <source>Run message</source>
        <translation>运行的消息</translation>
    </message>
    <message>
        <source>{seq} becomes each datagram's number (1, 2, 3…), so that every reply says which datagram it answers: duplicates and reordering can then be told</source>
        <translation>{seq} 会变成每个数据报的序号（1、2、3……），这样每个回复都表明它回答的是哪个数据报，从而能分辨重复和乱序</translation>
    </message>
    <message>
        <source>How many datagrams</source>
        <translation>发送多少个数据报</translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> 次</numerusform></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>节奏</translation>
    </message>
    <message>
        <source>one every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>at a rate of</source>
        <translation>速率为</translation>
    </message>
    <message>
        <source>Interval or rate</source>
        <translation>间隔或速率</translation>
    </message>
    <message>
        <source>Run figures</source>
        <translation>运行数据</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> datagrams/s</source>
        <translation> 个数据报/秒</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>Run: %1 sent, %2 answered, %3 lost</source>
        <translation>运行：已发送 %1，已回复 %2，丢失 %3</translation>
    </message>
    <message>
        <source>, p50 %1 ms</source>
        <translation>，p50 %1 毫秒</translation>
    </message>
    <message>
        <source>Sent %1 · answered %2 · lost %3 (%4)</source>
        <translation>已发送 %1 · 已回复 %2 · 丢失 %3（%4）</translation>
    </message>
    <message>
        <source>Duplicated %1 · reordered %2 · late %3</source>
        <translation>重复 %1 · 乱序 %2 · 迟到 %3</translation>
    </message>
    <message>
        <source>Round trip min %1 · p50 %2 · p99 %3 · max %4 ms</source>
        <translation>往返时间 最小 %1 · p50 %2 · p99 %3 · 最大 %4 毫秒</translation>
    </message>
    <message>
        <source>Jitter %1 ms</source>
        <translation>抖动 %1 毫秒</translation>
    </message>
    <message>
        <source>Achieved rate %1 datagrams/s</source>
        <translation>实际速率 %1 个数据报/秒</translation>
    </message>
    <message>
        <source>Round trips timed when the program read each reply: this system gives no kernel receive times.</source>
        <translation>往返时间在程序读取每个回复时计时：此系统不提供内核接收时间。</translation>
    </message>
</context>
<context>
    <name>SavedMessageDelegate</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>SavedMessageModel</name>
    <message>
        <source>Ctrl+%1 sends it. </source>
        <translation>Ctrl+%1 发送它。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n 字节：%1</numerusform></translation>
    </message>
    <message>
        <source>A saved message needs a name.</source>
        <translation>已存消息需要一个名称。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a message named '%1'.</source>
        <translation>已有名为“%1”的消息。</translation>
    </message>
    <message>
        <source>At most %1 messages can be saved: delete one first.</source>
        <translation>最多保存 %1 条消息：请先删除一条。</translation>
    </message>
    <message>
        <source>Saved messages can take at most %1 bytes in all: delete some first.</source>
        <translation>已存消息总共最多 %1 字节：请先删除一些。</translation>
    </message>
    <message>
        <source>%1 messages and %2 saved already: at most %3 can be saved.</source>
        <translation>%1 条消息，加上已存的 %2 条：最多只能保存 %3 条。</translation>
    </message>
    <message>
        <source>These messages would take %1 bytes with those saved already: at most %2 can be saved.</source>
        <translation>这些消息加上已存的将占 %1 字节：最多只能保存 %2 字节。</translation>
    </message>
</context>
<context>
    <name>SavedMessagesFile</name>
    <message>
        <source>This is not JSON: %1 at character %2.</source>
        <translation>这不是 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>This JSON is not a udpchat saved messages file (it has no "format": "%1").</source>
        <translation>这个 JSON 不是 udpchat 已存消息文件（没有 "format": "%1"）。</translation>
    </message>
    <message>
        <source>This saved messages file is version %1; this udpchat reads version %2.</source>
        <translation>这个已存消息文件是第 %1 版；此 udpchat 读取第 %2 版。</translation>
    </message>
    <message>
        <source>This file has %1 messages; at most %2 can be saved.</source>
        <translation>这个文件有 %1 条消息；最多只能保存 %2 条。</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>它没有名称</translation>
    </message>
    <message>
        <source>input '%1' is not text, hex or escapes</source>
        <translation>输入方式“%1”不是 text、hex 或 escapes</translation>
    </message>
    <message>
        <source>encoding '%1' is not one of %2</source>
        <translation>编码“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>lineEnding '%1' is not none, lf, cr or crlf</source>
        <translation>行尾“%1”不是 none、lf、cr 或 crlf</translation>
    </message>
    <message>
        <source>its bytes are not pairs of hex digits</source>
        <translation>它的字节不是成对的十六进制数字</translation>
    </message>
    <message>
        <source>it has no bytes to send</source>
        <translation>它没有要发送的字节</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than one datagram can carry</source>
        <translation>它有 %1 字节，超过一个数据报能承载的</translation>
    </message>
    <message>
        <source>Message %1 in this file: %2.</source>
        <translation>此文件中的第 %1 条消息：%2。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: too large for saved messages (at most %3).</source>
        <translation>%1 有 %2 字节：作为已存消息太大（最多 %3）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>Its "version" is %1, not a whole number; this udpchat reads version %2.</source>
        <translation>其 "version" 为 %1，不是整数；此 udpchat 读取版本 %2。</translation>
    </message>
    <message>
        <source>It has no "messages" list, so there is nothing to import.</source>
        <translation>它没有 "messages" 列表，没有可导入的内容。</translation>
    </message>
    <message>
        <source>Message %1 in this file: it is not an object with a name and bytes.</source>
        <translation>此文件中的消息 %1：它不是包含名称和字节的对象。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a socket or a device): saved messages are read from a file.</source>
        <translation>%1 不是普通文件（管道、套接字或设备）：已保存的消息只能从文件读取。</translation>
    </message>
</context>
<context>
    <name>SavedMessagesPanel</name>
    <message>
        <source>Saved messages</source>
        <translation>已存消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the selected message (a double click, Enter or Ctrl+1..Ctrl+9 too)</source>
        <translation>发送选中的消息（也可双击、按回车或 Ctrl+1..Ctrl+9）</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save what is typed in the input under a name; the same name replaces that message</source>
        <translation>把输入框中的内容以一个名称保存；同名会替换那条消息</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Put the selected message in the input as it was typed; change it, then Save under its name</source>
        <translation>把选中的消息按原样放回输入框；修改后以同一名称保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected message</source>
        <translation>删除选中的消息</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected message up</source>
        <translation>把选中的消息上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected message down</source>
        <translation>把选中的消息下移</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add the messages of a JSON file (shared by someone, or exported before)</source>
        <translation>添加一个 JSON 文件中的消息（他人分享的，或之前导出的）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write every saved message to a JSON file to share</source>
        <translation>把所有已存消息写入一个 JSON 文件以便分享</translation>
    </message>
    <message>
        <source>Type a message first: an empty message is not saved.</source>
        <translation>请先输入消息：空消息不会保存。</translation>
    </message>
    <message>
        <source>Saved as '%1': Ctrl+%2 sends it.</source>
        <translation>已保存为“%1”：Ctrl+%2 发送它。</translation>
    </message>
    <message>
        <source>Saved as '%1'.</source>
        <translation>已保存为“%1”。</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>保存消息</translation>
    </message>
    <message>
        <source>Name (the same name replaces that message):</source>
        <translation>名称（同名会替换那条消息）：</translation>
    </message>
    <message>
        <source>'%1' is in the input: change it, then Save under the same name to keep the change.</source>
        <translation>“%1”已放入输入框：修改后以同一名称保存即可保留修改。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s).</source>
        <translation>
            <numerusform>已导入 %n 条消息。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条消息到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>导入已存消息</translation>
    </message>
    <message>
        <source>Saved messages (*.json);;All files (*)</source>
        <translation>已存消息 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>导出已存消息</translation>
    </message>
    <message>
        <source>No saved messages yet. Type a message in the input, then Save… keeps it here under a name, to send again with one click.</source>
        <translation>还没有保存的消息。在输入框中输入消息，然后点“保存…”把它以一个名字存在这里，之后一键即可再次发送。</translation>
    </message>
</context>
<context>
    <name>SavedMessagesStore</name>
    <message>
        <source>The saved messages in the settings could not be read, so this list starts empty; they are kept under %1. %2</source>
        <translation>无法读取设置中保存的消息，所以此列表从空开始；原有内容保存在 %1 下。%2</translation>
    </message>
</context>
<context>
    <name>ServerCapture</name>
    <message>
        <source>Cannot write the capture %1: %2</source>
        <translation>无法写入抓包文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>UDP hello server: answers every datagram and shows who sent it.</source>
        <translation>UDP hello 服务器：应答每个数据报，并显示是谁发送的。</translation>
    </message>
    <message>
        <source>No window: print what the seed server prints, on stdout.</source>
        <translation>无窗口：在标准输出上打印与教程服务器相同的内容。</translation>
    </message>
    <message>
        <source>Address to listen on (default %1; 0.0.0.0 for every IPv4 address, :: for every IPv4 and IPv6 address).</source>
        <translation>监听地址（默认 %1；0.0.0.0 表示所有 IPv4 地址，:: 表示所有 IPv4 和 IPv6 地址）。</translation>
    </message>
    <message>
        <source>UDP port (default %1; 0 picks a free one).</source>
        <translation>UDP 端口（默认 %1；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>Rows kept in the window's log (default %1, at most %2).</source>
        <translation>窗口日志保留的行数（默认 %1，最多 %2）。</translation>
    </message>
    <message>
        <source>Append every datagram to this file, as JSON Lines.</source>
        <translation>把每个数据报以 JSON Lines 格式追加到此文件。</translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN (default: the system's).</source>
        <translation>窗口语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>--log-file: the file name is empty.</source>
        <translation>--log-file：文件名为空。</translation>
    </message>
    <message>
        <source>--bind: '%1' is not an IPv4 or IPv6 address.</source>
        <translation>--bind：“%1”不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>--port: '%1' is not a port number (0-65535).</source>
        <translation>--port：“%1”不是端口号（0-65535）。</translation>
    </message>
    <message>
        <source>--max-rows: '%1' is not a number of rows from 1 to %2.</source>
        <translation>--max-rows：“%1”不是 1 到 %2 之间的行数。</translation>
    </message>
    <message>
        <source>--rate-limit: '%1' is not a number of replies per second from 0 (off) to %2.</source>
        <translation>--rate-limit：“%1”不是 0（关闭）到 %2 之间的每秒回复数。</translation>
    </message>
    <message>
        <source>--recv-buffer: '%1' is not a number of bytes from %2 to %3.</source>
        <translation>--recv-buffer：“%1”不是 %2 到 %3 之间的字节数。</translation>
    </message>
    <message>
        <source>The reply for --reply text, with escapes (\n \r \t \\ \xNN) and macros ({payload} {sender} {size} {counter} {time}).</source>
        <translation>--reply text 使用的回复，可用转义（\n \r \t \\ \xNN）和宏（{payload} {sender} {size} {counter} {time}）。</translation>
    </message>
    <message>
        <source>--reply-text goes with --reply text, not --reply %1.</source>
        <translation>--reply-text 只能与 --reply text 一起使用，不能与 --reply %1 一起使用。</translation>
    </message>
    <message>
        <source>--pcap: the file name is empty.</source>
        <translation>--pcap：文件名为空。</translation>
    </message>
    <message>
        <source>Join a multicast group, on one interface (239.255.0.1%eth0, ff12::2115%eth0) or on every interface that can multicast (239.255.0.1); repeatable, one address family. When joining, the server listens on 0.0.0.0 (IPv4 groups) or :: (IPv6 groups) instead of --bind, sharing the port with other servers on this computer.</source>
        <translation>加入组播组：在一个接口上（239.255.0.1%eth0，ff12::2115%eth0），或在每个支持组播的接口上（239.255.0.1）；可重复，地址族须一致。加入组时，服务器在 0.0.0.0（IPv4 组）或 ::（IPv6 组）上监听而非 --bind 的地址，并与本机其他服务器共享端口。</translation>
    </message>
    <message>
        <source>--join: '%1' is not a group address with an optional %interface, such as 239.255.0.1 or ff12::2115%eth0.</source>
        <translation>--join：“%1”不是组地址（可带 %接口），例如 239.255.0.1 或 ff12::2115%eth0。</translation>
    </message>
    <message>
        <source>Write every datagram and every reply to this file as a pcapng capture (Wireshark, tshark); the file is replaced. In the window too (File &gt; Capture to file).</source>
        <translation>把每个数据报和每个回复以 pcapng 抓包格式写入此文件（可用 Wireshark、tshark 打开）；文件会被覆盖。窗口中同样可用（文件 &gt; 抓包到文件）。</translation>
    </message>
    <message>
        <source>Replies per second per source network (/24, /56), at most %1; 0 is off. Default: off on loopback, %2 on any other address. While on, no network is sent more than 3x the bytes it sent.</source>
        <translation>每个源网络（/24、/56）每秒的回复数，最多 %1；0 表示关闭。默认：回环地址上关闭，其他地址上为 %2。开启时，发给任何网络的字节数不超过它发来的 3 倍。</translation>
    </message>
    <message>
        <source>How to answer: %1.</source>
        <translation>如何回复：%1。</translation>
    </message>
    <message>
        <source>Receive buffer to ask the system for, in bytes (default %1); it doubles what is asked within its limits.</source>
        <translation>向系统申请的接收缓冲区大小，单位字节（默认 %1）；系统会在其限制内将申请值加倍。</translation>
    </message>
    <message>
        <source>What a full buffer drops is counted.</source>
        <translation>缓冲区满时丢弃的数据报会被计数。</translation>
    </message>
    <message>
        <source>This system does not say what a full buffer drops (Linux does).</source>
        <translation>此系统不提供缓冲区满时丢弃的数目（Linux 提供）。</translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>udpchat server</source>
        <translation>udpchat 服务器</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address to listen on: 127.0.0.1 (this computer only), 0.0.0.0 (all IPv4), :: (all IPv4 and IPv6), ::1</source>
        <translation>监听地址：127.0.0.1（仅本机）、0.0.0.0（所有 IPv4）、::（所有 IPv4 和 IPv6）、::1</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>UDP port to listen on (0 lets the system choose a free one)</source>
        <translation>要监听的 UDP 端口（0 表示由系统选择空闲端口）</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>限速(&amp;R)：</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /秒</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>监听(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the newest datagram in view</source>
        <translation>始终显示最新的数据报</translation>
    </message>
    <message>
        <source>&amp;Clear log</source>
        <translation>清空日志(&amp;C)</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>Sender or text, e.g. 127.0.0.1:5 or Alice</source>
        <translation>发送方或文本，例如 127.0.0.1:5 或 Alice</translation>
    </message>
    <message>
        <source>Select a datagram to see all of it: its text and every byte.</source>
        <translation>选择一个数据报以查看全部内容：文本和每个字节。</translation>
    </message>
    <message>
        <source>Follo&amp;w newest</source>
        <translation>跟随最新(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Start listening</source>
        <translation>开始监听(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Export log…</source>
        <translation>导出日志(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the log as CSV or JSON Lines, every field</source>
        <translation>把日志保存为 CSV 或 JSON Lines，包含所有字段</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Log to file…</source>
        <translation>记录到文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Append every datagram to a JSON Lines file as it arrives</source>
        <translation>每个数据报到达时追加到 JSON Lines 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>清空日志(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;About udpchat</source>
        <translation>关于 udpchat(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>About udpchat</source>
        <translation>关于 udpchat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;udpchat server&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Answers every UDP datagram the way the classic tutorial does (&lt;tt&gt;Hello &amp;lt;name&amp;gt;!&lt;/tt&gt;, &lt;tt&gt;Good bye!&lt;/tt&gt; to &lt;tt&gt;exit&lt;/tt&gt;) and shows who sent what.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;udpchat 服务器&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;像经典教程那样应答每个 UDP 数据报（&lt;tt&gt;Hello &amp;lt;name&amp;gt;!&lt;/tt&gt;，对 &lt;tt&gt;exit&lt;/tt&gt; 回复 &lt;tt&gt;Good bye!&lt;/tt&gt;），并显示谁发送了什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 or IPv6 address. Try 127.0.0.1, 0.0.0.0, :: or ::1.</source>
        <translation>“%1”不是 IPv4 或 IPv6 地址。可试试 127.0.0.1、0.0.0.0、:: 或 ::1。</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>未监听</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Stop listening</source>
        <translation>停止监听(&amp;S)</translation>
    </message>
    <message>
        <source>Stop listening (%1)</source>
        <translation>停止监听（%1）</translation>
    </message>
    <message>
        <source>Start listening (%1)</source>
        <translation>开始监听（%1）</translation>
    </message>
    <message>
        <source>UDP bound on %1</source>
        <translation>UDP 已绑定 %1</translation>
    </message>
    <message>
        <source>udpchat server - %1</source>
        <translation>udpchat 服务器 - %1</translation>
    </message>
    <message>
        <source>udpchat server - not listening</source>
        <translation>udpchat 服务器 - 未监听</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Datagram detail</source>
        <translation>数据报详情</translation>
    </message>
    <message>
        <source>Bound address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <source>Reflection guard: replies per second to each source network (/24 IPv4, /56 IPv6), and never more than 3x the bytes it sent. auto: off on loopback, %1/s on any other address. 0: off.</source>
        <translation>反射防护：对每个源网络（IPv4 /24、IPv6 /56）每秒的回复数，且发回的字节数不超过它发来的 3 倍。auto：回环地址上关闭，其他地址上为 %1/s。0：关闭。</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Type in the filter field: rows whose sender or text contain it stay</source>
        <translation>在筛选框中输入：只保留发送方或文本包含它的行</translation>
    </message>
</context>
<context>
    <name>ServiceControls</name>
    <message>
        <source>Re&amp;plies:</source>
        <translation>回复判定(&amp;P)：</translation>
    </message>
    <message>
        <source>What counts as a reply</source>
        <translation>什么算作回复</translation>
    </message>
    <message>
        <source>hello: Hello &lt;message&gt;! answers it</source>
        <translation>Hello 协议：Hello &lt;消息&gt;! 回答该消息</translation>
    </message>
    <message>
        <source>any datagram answers the oldest message</source>
        <translation>任意：任何数据报都回答最早在等待的消息</translation>
    </message>
    <message>
        <source>For a hello server, or for any other UDP service (an echo, a game, DNS...)</source>
        <translation>用于 Hello 服务器，或任何其他 UDP 服务（回显、游戏、域名解析……）</translation>
    </message>
    <message>
        <source>Encodin&amp;g:</source>
        <translation>编码(&amp;G)：</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>How typed text becomes bytes and bytes are shown as text; the hex view always shows the bytes on the wire</source>
        <translation>输入的文字如何变成字节、字节如何显示为文字；十六进制视图始终显示线路上的原始字节</translation>
    </message>
    <message>
        <source>Who may answer</source>
        <translation>谁可以回答</translation>
    </message>
    <message>
        <source>the server only</source>
        <translation>只有服务器</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>The server only: other senders never reach this window, and a closed port is reported. Anyone: every reply shows its sender (a group or a broadcast address always lets anyone answer). From the next session.</source>
        <translation>只有服务器：其他发送方的数据报永远不会到达本窗口，端口关闭会被报告。任何人：每个回复都显示其发送方（组播组或广播地址总是允许任何人回答）。从下一个会话起生效。</translation>
    </message>
    <message>
        <source>Who ma&amp;y answer:</source>
        <translation>谁可以回答(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>SessionSocket</name>
    <message>
        <source>Cannot find the host %1</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>无法发送到 %1：%2</translation>
    </message>
    <message>
        <source>No server is listening at %1</source>
        <translation>%1 上没有服务器在监听</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Sent %1 · answered %2 · lost %3 · duplicated %4 · reordered %5</source>
        <translation>已发送 %1 · 已回复 %2 · 丢失 %3 · 重复 %4 · 乱序 %5</translation>
    </message>
</context>
<context>
    <name>SocketOptionsPanel</name>
    <message>
        <source>Multicast loopback</source>
        <translation>组播回环</translation>
    </message>
    <message>
        <source>Takes effect at the next session (New session).</source>
        <translation>从下一个会话起生效（新会话）。</translation>
    </message>
    <message>
        <source>Soc&amp;ket options</source>
        <translation>套接字选项(&amp;K)</translation>
    </message>
    <message>
        <source>Where this client sends from, and how it sends to a group. %1</source>
        <translation>此客户端从哪里发送，以及如何发往组播组。%1</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>system picks</source>
        <translation>由系统选择</translation>
    </message>
    <message>
        <source>Send from this address of this computer; empty: the system picks. %1</source>
        <translation>从本机的这个地址发送；留空：由系统选择。%1</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Send from this UDP port; 0: the system picks. %1</source>
        <translation>从这个 UDP 端口发送；0：由系统选择。%1</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>生存时间（TTL）</translation>
    </message>
    <message>
        <source>How many routers a datagram to a group may cross (1: the local network only). %1</source>
        <translation>发往组播组的数据报最多可经过多少个路由器（1：仅本地网络）。%1</translation>
    </message>
    <message>
        <source>Whether this computer hears its own datagrams to a group. %1</source>
        <translation>本机是否收到自己发往组播组的数据报。%1</translation>
    </message>
    <message>
        <source>Outgoing interface</source>
        <translation>发送接口</translation>
    </message>
    <message>
        <source>any interface</source>
        <translation>任意接口</translation>
    </message>
    <message>
        <source>Where datagrams to a group leave this computer. %1</source>
        <translation>发往组播组的数据报从哪个接口离开本机。%1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>TTL:</source>
        <translation>跳数 TTL：</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>A tour of UDP</source>
        <translation>UDP 导览</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. Start the server&lt;/h3&gt;&lt;p&gt;Open the udpchat server window (the &lt;b&gt;udpchat server&lt;/b&gt; application). This client sends to %1: the server must listen there. There is no connection to accept: it simply waits for datagrams, and answers each one as it comes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;1. 启动服务器&lt;/h3&gt;&lt;p&gt;打开 udpchat 服务器窗口（&lt;b&gt;udpchat 服务器&lt;/b&gt;应用）。本客户端发往 %1：服务器必须在那里监听。没有需要接受的连接：它只是等待数据报，来一个回复一个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Send a name&lt;/h3&gt;&lt;p&gt;Type your name and click &lt;b&gt;Send&lt;/b&gt;. One datagram carries your bytes, behind an 8-byte UDP header: source port, destination port, length, checksum. The server answers &lt;tt&gt;Hello &amp;lt;name&amp;gt;!&lt;/tt&gt;, and its log shows your address and source port. Select the row to see the header as it was on the wire.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;2. 发送名字&lt;/h3&gt;&lt;p&gt;输入你的名字并点击&lt;b&gt;发送&lt;/b&gt;。一个数据报携带你的字节，前面是 8 字节的 UDP 首部：源端口、目的端口、长度、校验和。服务器回复 &lt;tt&gt;Hello &amp;lt;name&amp;gt;!&lt;/tt&gt;，它的日志显示你的地址和源端口。选中该行即可看到线路上的首部。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. A second client&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Session &amp;gt; New window&lt;/b&gt; opens another client. Send from it: the server's log and peers show another port. Each socket is a sender of its own; one server serves them all, with one socket.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;3. 第二个客户端&lt;/h3&gt;&lt;p&gt;&lt;b&gt;会话 &amp;gt; 新窗口&lt;/b&gt;会打开另一个客户端。用它发送：服务器的日志和对端列表会显示另一个端口。每个套接字都是独立的发送方；一个服务器只用一个套接字就能服务所有客户端。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;4. Send exit&lt;/h3&gt;&lt;p&gt;Send &lt;tt&gt;exit&lt;/tt&gt;: the server answers &lt;tt&gt;Good bye!&lt;/tt&gt; and the session is over. &lt;b&gt;New session&lt;/b&gt; opens a new socket, with a new source port.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4. 发送 exit&lt;/h3&gt;&lt;p&gt;发送 &lt;tt&gt;exit&lt;/tt&gt;：服务器回复 &lt;tt&gt;Good bye!&lt;/tt&gt;，会话结束。&lt;b&gt;新会话&lt;/b&gt;会打开新的套接字，使用新的源端口。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;5. Lose a datagram&lt;/h3&gt;&lt;p&gt;Tick &lt;b&gt;Network conditions&lt;/b&gt;, set &lt;b&gt;Drop received&lt;/b&gt; to 50 %, and send a few names: some replies never come (&lt;i&gt;no reply&lt;/i&gt;). UDP does not retry, order or de-duplicate; double-click a message to send it again. Try &lt;b&gt;Duplicate&lt;/b&gt; and &lt;b&gt;Reorder&lt;/b&gt; too.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;5. 丢失一个数据报&lt;/h3&gt;&lt;p&gt;勾选&lt;b&gt;网络状况&lt;/b&gt;，把&lt;b&gt;丢弃收到的&lt;/b&gt;设为 50 %，然后发送几个名字：有些回复永远不会到达（&lt;i&gt;无回复&lt;/i&gt;）。UDP 不会重传、排序或去重；双击消息即可重新发送。也试试&lt;b&gt;重复&lt;/b&gt;和&lt;b&gt;乱序&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>&lt;h3&gt;6. One datagram, many servers&lt;/h3&gt;&lt;p&gt;Start two servers on one port, both joined to a multicast group: &lt;tt&gt;udpchat-server --port 7000 --join 239.255.0.1&lt;/tt&gt;, twice (on two computers, or one). Here, set the server to 239.255.0.1 and the port to 7000, and send once: the group is not a server, so anyone may answer, and two replies come back, each naming its server, with its own round trip; the message says &lt;i&gt;answered by 2 servers&lt;/i&gt;, and &lt;b&gt;Responders&lt;/b&gt; lists who answered. Select the row in a server's log: the inspector shows it was sent &lt;i&gt;to group 239.255.0.1&lt;/i&gt;, not to either server. On one computer both servers answer from the same address and port, so the second reply looks like a copy (a duplicate): UDP cannot tell them apart either. TCP cannot do this at all: a connection has exactly two ends.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;6. 一个数据报，多个服务器&lt;/h3&gt;&lt;p&gt;在同一端口上启动两个服务器，都加入一个组播组：&lt;tt&gt;udpchat-server --port 7000 --join 239.255.0.1&lt;/tt&gt;，运行两次（在两台计算机上，或同一台上）。在这里把服务器设为 239.255.0.1、端口设为 7000，发送一次：组不是服务器，所以任何人都可以回答，会收到两个回复，每个都标明其服务器和各自的往返时间；消息显示&lt;i&gt;由 2 个服务器回答&lt;/i&gt;，&lt;b&gt;回答者&lt;/b&gt;列出了谁回答了。在服务器日志中选中该行：检查器显示它是发往&lt;i&gt;组 239.255.0.1&lt;/i&gt; 的，而不是发往任何一个服务器。在同一台计算机上，两个服务器从相同的地址和端口回答，所以第二个回复看起来像副本（重复）：UDP 也无法区分它们。TCP 根本做不到这一点：一个连接恰好只有两端。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;7. Lose datagrams for real&lt;/h3&gt;&lt;p&gt;Start a server with a small receive buffer: &lt;tt&gt;udpchat-server --recv-buffer 2048&lt;/tt&gt; (add &lt;tt&gt;--headless&lt;/tt&gt; for no window). Here, tick &lt;b&gt;Measured runs&lt;/b&gt;, choose &lt;b&gt;at a rate of&lt;/b&gt; 50,000 datagrams/s and click &lt;b&gt;Start&lt;/b&gt;. Datagrams arrive faster than the server reads them; what its buffer cannot hold, the system drops. The server counts them (&lt;i&gt;dropped by the system&lt;/i&gt;, in its status bar or when it exits), and this run counts the same datagrams as lost. Nothing here is simulated.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;7. 真实的丢包&lt;/h3&gt;&lt;p&gt;以很小的接收缓冲区启动服务器：&lt;tt&gt;udpchat-server --recv-buffer 2048&lt;/tt&gt;（加上 &lt;tt&gt;--headless&lt;/tt&gt; 则不开窗口）。在这里勾选&lt;b&gt;测量运行&lt;/b&gt;，选择&lt;b&gt;速率为&lt;/b&gt; 50,000 个数据报/秒，然后点击&lt;b&gt;开始&lt;/b&gt;。数据报到达得比服务器读取得快；缓冲区装不下的，系统就丢弃。服务器会统计它们（&lt;i&gt;被系统丢弃&lt;/i&gt;，显示在其状态栏或退出时），而本次运行把同样的数据报计为丢失。这里没有任何模拟。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TrafficConsole</name>
    <message>
        <source>--- %1 ---</source>
        <translation>--- %1 ---</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered, %3% lost, %4 duplicated, %5 reordered, %6/s</source>
        <translation>已发送 %1，已回复 %2，丢失 %3%，重复 %4，乱序 %5，%6/秒</translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation>，迟到 %1</translation>
    </message>
    <message>
        <source>rtt min/p50/p99/max = %1/%2/%3/%4 ms, jitter %5 ms</source>
        <translation>往返时间 最小/p50/p99/最大 = %1/%2/%3/%4 毫秒，抖动 %5 毫秒</translation>
    </message>
    <message>
        <source>%1 from %2 seq=%3 time=%4 ms</source>
        <translation>%1 来自 %2 seq=%3 time=%4 毫秒</translation>
    </message>
    <message>
        <source>%1 from %2 seq=%3 (duplicate)</source>
        <translation>%1 来自 %2 seq=%3（重复）</translation>
    </message>
    <message>
        <source>%1 from %2 (answers none of this run's datagrams in time)</source>
        <translation>%1 来自 %2（没有及时回答本轮发送的任何数据报）</translation>
    </message>
    <message>
        <source>no reply from %1 seq=%2 within %3 ms</source>
        <translation>%1 在 %3 毫秒内没有回复 seq=%2</translation>
    </message>
    <message>
        <source>(timed when read: this system gives no kernel receive times)</source>
        <translation>（读取时计时：此系统不提供内核接收时间）</translation>
    </message>
</context>
<context>
    <name>TrafficRun</name>
    <message>
        <source>'%1' is not a server address.</source>
        <translation>“%1”不是服务器地址。</translation>
    </message>
    <message>
        <source>Cannot find the host %1</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>No server is listening at %1</source>
        <translation>%1 上没有服务器在监听</translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>无法发送到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>--lang %1: there is no such language here; udpchat comes in en (English) and zh_CN (简体中文). Using English.</source>
        <translation>--lang %1：没有这种语言；udpchat 提供 en（English）和 zh_CN（简体中文）。将使用英文。</translation>
    </message>
</context>
<context>
    <name>TypedMessage</name>
    <message>
        <source>Hex mode: type bytes as pairs of hex digits, such as 48 65 6c 6c 6f (spaces optional).</source>
        <translation>十六进制模式：每个字节输入两位十六进制数字，例如 48 65 6c 6c 6f（空格可省略）。</translation>
    </message>
    <message>
        <source>This text has characters that %1 cannot write; nothing was sent.</source>
        <translation>这段文字中有 %1 无法表示的字符；未发送任何内容。</translation>
    </message>
    <message>
        <source>Escapes: %1 Nothing was sent.</source>
        <translation>转义：%1 未发送任何内容。</translation>
    </message>
</context>
</TS>