<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClientOptions</name>
    <message>
        <source>UDP hello client: a chat-style conversation with a udpchat or seed server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address or host name (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port (default 6000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait for a reply (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial&apos;s demo: a server window and two client windows, Client1 and Client2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host: the server address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a positive number of ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>udpchat client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for a reply before marking a message &quot;no reply&quot; (UDP may lose it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session: a new socket with a new source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, or exit to end the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex mode: type bytes as hex (48 65 6c 6c 6f, spaces optional) and see every payload as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another conversation in its own window, with its own source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About udpchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About udpchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;udpchat client&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A chat-style conversation with a UDP hello server: the classic tutorial&apos;s protocol, with loss, round trips and source ports in plain view.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: four numbers from 0 to 255, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address, such as ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: letters, digits, &apos;-&apos; and dots, such as localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex mode: type bytes as pairs of hex digits, such as 48 65 6c 6c 6f (spaces optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name first: an empty message is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is %1 bytes in UTF-8; a reply can carry at most %2 bytes of it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over: start a New session to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session: check the server&apos;s address, then start a New session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 with %2 from local port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session is over from the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is over: New session starts another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udpchat client - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in hex, e.g. 48 65 6c 6c 6f</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · waiting for a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · answered in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no reply (double-click to retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unexpected datagram, answers none of your messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatagramLog</name>
    <message>
        <source>too large to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate-limited, not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelloClient</name>
    <message>
        <source>&apos;%1&apos; is not a valid server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is listening at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelloServer</name>
    <message>
        <source>Cannot listen on %1: the port is already in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: permission denied (ports below 1024 usually need administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2 is not an address of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: this system does not support that address family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (system: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not answer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFileWriter</name>
    <message>
        <source>Could not write the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerTable</name>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>UDP hello server: answers every datagram and shows who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: print what the seed server prints, on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1; :: for all, dual-stack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port (default 6000; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows kept in the window&apos;s log (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies per second per source network (/24, /56); 0 is off. Default: off on loopback, 50 on any other address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every datagram to this file, as JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-rows: &apos;%1&apos; is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit: &apos;%1&apos; is not a number of replies per second (0 is off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>udpchat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on: 127.0.0.1 (this computer only), 0.0.0.0 (all IPv4), :: (all IPv4 and IPv6), ::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port to listen on (0 lets the system choose a free one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection guard: replies per second to each source network (/24 IPv4, /56 IPv6). auto: off on loopback, 50/s on any other address. 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest datagram in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender or text, e.g. 127.0.0.1:5 or Alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a datagram to see all of it: its text and every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who sent a datagram: one row per address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log as CSV or JSON Lines, every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every datagram to a JSON Lines file as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About udpchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About udpchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;udpchat server&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Answers every UDP datagram the way the classic tutorial does (&lt;tt&gt;Hello &amp;lt;name&amp;gt;!&lt;/tt&gt;, &lt;tt&gt;Good bye!&lt;/tt&gt; to &lt;tt&gt;exit&lt;/tt&gt;) and shows who sent what.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address. Try 127.0.0.1, 0.0.0.0, :: or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP bound on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udpchat server - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udpchat server - not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 (%2/s) · answered %3 · unanswered %4 · in %5 · out %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rate-limited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · limit %1/s per source network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 oldest rows trimmed (log keeps %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 at %2, %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n datagram(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appending every datagram to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every datagram to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
