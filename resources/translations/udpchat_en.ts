<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ByteSizeSpinBox</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message numerus="yes">
        <source>Exported %n packet(s) to %1</source>
        <translation>
            <numerusform>Exported %n packet to %1</numerusform>
            <numerusform>Exported %n packets to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationMetaText</name>
    <message numerus="yes">
        <source>%1 · answered by %n server(s), the first in %2</source>
        <translation>
            <numerusform>%1 · answered by %n server, the first in %2</numerusform>
            <numerusform>%1 · answered by %n servers, the first in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatagramInspector</name>
    <message numerus="yes">
        <source>%1 (8 + %n payload bytes)</source>
        <translation>
            <numerusform>%1 (8 + %n payload byte)</numerusform>
            <numerusform>%1 (8 + %n payload bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 at %2, %n byte(s)</source>
        <translation>
            <numerusform>From %1 at %2, %n byte</numerusform>
            <numerusform>From %1 at %2, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload, %n byte(s):</source>
        <translation>
            <numerusform>Payload, %n byte:</numerusform>
            <numerusform>Payload, %n bytes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message numerus="yes">
        <source>Exported %n datagram(s) to %1</source>
        <translation>
            <numerusform>Exported %n datagram to %1</numerusform>
            <numerusform>Exported %n datagrams to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFileWriter</name>
    <message numerus="yes">
        <source>Closed the log file %1 with %n datagram(s) not written: %2</source>
        <translation>
            <numerusform>Closed the log file %1 with %n datagram not written: %2</numerusform>
            <numerusform>Closed the log file %1 with %n datagrams not written: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logging to %1 resumed; %n datagram(s) could not be written.</source>
        <translation>
            <numerusform>Logging to %1 resumed; %n datagram could not be written.</numerusform>
            <numerusform>Logging to %1 resumed; %n datagrams could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not write the log file %1: %2. Logging stopped; %n datagram(s) not written.</source>
        <translation>
            <numerusform>Could not write the log file %1: %2. Logging stopped; %n datagram not written.</numerusform>
            <numerusform>Could not write the log file %1: %2. Logging stopped; %n datagrams not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PcapngWriter</name>
    <message numerus="yes">
        <source>Closed the capture %1 with %n packet(s) not written: %2</source>
        <translation>
            <numerusform>Closed the capture %1 with %n packet not written: %2</numerusform>
            <numerusform>Closed the capture %1 with %n packets not written: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing to %1 resumed; %n packet(s) could not be written.</source>
        <translation>
            <numerusform>Capturing to %1 resumed; %n packet could not be written.</numerusform>
            <numerusform>Capturing to %1 resumed; %n packets could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not write the capture %1: %2. Capture stopped; %n packet(s) not written.</source>
        <translation>
            <numerusform>Could not write the capture %1: %2. Capture stopped; %n packet not written.</numerusform>
            <numerusform>Could not write the capture %1: %2. Capture stopped; %n packets not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RespondersPanel</name>
    <message numerus="yes">
        <source>Responders (%n older not shown)</source>
        <translation>
            <numerusform>Responders (%n older one not shown)</numerusform>
            <numerusform>Responders (%n older not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedMessageModel</name>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
            <numerusform>%n bytes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedMessagesPanel</name>
    <message numerus="yes">
        <source>Imported %n message(s).</source>
        <translation>
            <numerusform>Imported %n message.</numerusform>
            <numerusform>Imported %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
