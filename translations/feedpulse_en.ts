<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be set when recording is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;, expected one of en, zh_CN, zh_TW or empty for the system language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;version&quot;: 1, &quot;endpoints&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key, expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 (off) and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has problems (%2) and was not overwritten; fix or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected, and the send queue is disabled (send_queue_limit is 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URL is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable(s) not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid URL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed with code %1, which is configured not to be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handshake within %1 ms (connect_timeout_ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointConfig</name>
    <message>
        <source>expected one of none, full, equal, decorrelated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of ping, text, json, passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used in %1 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string in text mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;field&quot;: ..., &quot;equals&quot;: ...} in json mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown jitter &quot;%1&quot;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1, which is not allowed (use letters, digits, spaces and - _ . :)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme must be ws or wss, written out; only the rest of the URL may use ${VAR}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of header names to strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid HTTP header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header value must not contain line breaks or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid subprotocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty in text mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object in json mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least initial_ms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of at least 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close code must be between 1000 and 4999, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique label: letters, digits, spaces and - _ . :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss://primary.example/feed
wss://backup.example/feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ws:// or wss:// URL per line. The first is the primary, the others are tried in turn when it fails. ${VAR} is taken from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer ${TOKEN}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra handshake headers, one &quot;Name: value&quot; per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket subprotocols to offer, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping frames</source>
        <extracomment>Heartbeat mode: RFC 6455 ping frames</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <extracomment>Heartbeat mode: a text message such as &quot;ping&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON message</source>
        <extracomment>Heartbeat mode: a JSON object such as {&quot;type&quot;:&quot;ping&quot;}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive (watch traffic)</source>
        <extracomment>Heartbeat mode: send nothing, any inbound traffic proves the link alive</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeats missed before the link is dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any inbound message &amp;answers the heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any inbound message answers the heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send; empty means the default for the mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON value; a plain word is taken as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x missed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply field &amp;equals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial reconnect delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reconnect delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect delay factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Reconnect jitter: the delay exactly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <extracomment>Reconnect jitter: uniform between 0 and the delay</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal</source>
        <extracomment>Reconnect jitter: uniform between half the delay and the delay</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decorrelated</source>
        <extracomment>Reconnect jitter: uniform between the initial delay and three times the previous one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reconnect attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <extracomment>Maximum reconnect attempts of 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable connection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow retry interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close codes that stop retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nitial delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stable after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;low retry every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close codes that stop retrying:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent on open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in order after every open, one message per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Stale threshold of 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline send queue limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;queue limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a spin box: milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a close code (expected numbers separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message numerus="yes">
        <source>%n ms</source>
        <extracomment>A short duration in milliseconds</extracomment>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A short duration in seconds</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>normal</source>
        <extracomment>WebSocket close code 1000</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going away</source>
        <extracomment>WebSocket close code 1001</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <extracomment>WebSocket close code 1002</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported data</source>
        <extracomment>WebSocket close code 1003</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal</source>
        <extracomment>WebSocket close code 1006: the link dropped without a close frame</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy violation</source>
        <extracomment>WebSocket close code 1008</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message too big</source>
        <extracomment>WebSocket close code 1009</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <extracomment>WebSocket close code 1011</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>Endpoint state: not started yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Endpoint state: the link is open and healthy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>Endpoint state: the link is open but the feed has gone quiet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <extracomment>Endpoint state: waiting before the next connection attempt (backoff)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up</source>
        <extracomment>Endpoint state: too many failed attempts; retrying slowly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <extracomment>Endpoint state: the link is being closed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heartbeat reply, silent %1</source>
        <extracomment>Why a link was dropped; %1 is a duration such as &quot;400 ms&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent %1</source>
        <extracomment>Why a feed is stale; %1 is a duration such as &quot;10 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <extracomment>A connection attempt; %1 is its number in the current series of failures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry in %1</source>
        <extracomment>%1 is a duration such as &quot;4 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>after %n attempt</numerusform>
            <numerusform>after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: connection state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: endpoint name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <extracomment>Column header: how long the current link has been open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <extracomment>Column header: connection attempts in the current series of failures, and the retry countdown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <extracomment>Column header: heartbeat round-trip time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <extracomment>Column header: messages received per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last close</source>
        <extracomment>Column header: the last close code and reason, or the last error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Heartbeat round-trip time in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <extracomment>%1 is the number of attempts so far; the next one is due now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · retry in %n min</source>
        <extracomment>%1 is the number of attempts so far; the next one starts in %n minutes</extracomment>
        <translation>
            <numerusform>%1 · retry in %n min</numerusform>
            <numerusform>%1 · retry in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · retry in %n s</source>
        <extracomment>%1 is the number of attempts so far; the next one starts in %n seconds</extracomment>
        <translation>
            <numerusform>%1 · retry in %n s</numerusform>
            <numerusform>%1 · retry in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <extracomment>One state change in the tooltip: time, old state → new state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FdLimit</name>
    <message>
        <source>%1 endpoints need about %2 open files, but this process may open only %3 (the hard limit, ulimit -Hn). Raise it (for example LimitNOFILE= in a systemd unit, or /etc/security/limits.conf) or split the endpoints across several instances.</source>
        <extracomment>%1 endpoints, %2 file descriptors needed, %3 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address; binding it needs allow_remote (--allow-remote)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedServerConfig</name>
    <message>
        <source>expected an array of feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a close code between 1000 and 4999, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reserved and cannot be sent in a close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain spaces, control characters, ? or #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address; set allow_remote to bind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already served by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 while heartbeats are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least high_water_bytes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between -1 (any free port) and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedServerControl</name>
    <message>
        <source>%1: expected an integer from %2 to %3, got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: expected 1 or 0, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for control on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message numerus="yes">
        <source>feedpulse: the config has %n problem(s); nothing was started.</source>
        <translation>
            <numerusform>feedpulse: the config has %n problem; nothing was started.</numerusform>
            <numerusform>feedpulse: the config has %n problems; nothing was started.</numerusform>
        </translation>
    </message>
    <message>
        <source>feedpulse: serving metrics on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n log record(s) were overwritten before they could be printed</source>
        <translation>
            <numerusform>%n log record was overwritten before it could be printed</numerusform>
            <numerusform>%n log records were overwritten before they could be printed</numerusform>
        </translation>
    </message>
    <message>
        <source>command is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command has no &quot;cmd&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected send, retry, stop, start or quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;endpoint&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shutting down, command ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: &quot;text&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown key (use &quot;urls&quot;, an array of strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of integers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFilterProxyModel</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <extracomment>%1 is a character position in the pattern, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>in</source>
        <extracomment>Message direction: received from the endpoint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Message direction: sent to the endpoint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <extracomment>Log row that is an engine event, not a message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary %n bytes&gt;</source>
        <extracomment>A binary message in the log; %n is its size</extracomment>
        <translation>
            <numerusform>&lt;binary %n byte&gt;</numerusform>
            <numerusform>&lt;binary %n bytes&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column header: message size in bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogRecorder</name>
    <message>
        <source>There is no message log to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2. Recording has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the log file %1 in %2: %3</source>
        <extracomment>%1 is a file, %2 its directory, %3 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inbound messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show outbound messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show engine events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text is a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to new messages as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages that are not in the log because it was full, paused too long, or could not keep up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints</source>
        <extracomment>Endpoint filter entry that shows every endpoint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>Shown next to the log when messages could not be kept</extracomment>
        <translation>
            <numerusform>%n dropped</numerusform>
            <numerusform>%n dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl)</source>
        <extracomment>File dialog filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File dialog filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FeedPulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connected</source>
        <extracomment>The status bar summary; %1 endpoints are connected out of %n</extracomment>
        <translation>
            <numerusform>%1 of %n connected</numerusform>
            <numerusform>%1 of %n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconnecting</source>
        <translation>
            <numerusform>%n reconnecting</numerusform>
            <numerusform>%n reconnecting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read, so FeedPulse started without its endpoints. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when FeedPulse starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving metrics on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 (queued while it is offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are applied but could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read when FeedPulse started, so it was not replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of it is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the endpoints you see now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDetailsView</name>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more bytes not shown</source>
        <extracomment>Hex dump of a large binary message; %n bytes are not shown</extracomment>
        <translation>
            <numerusform>… %n more byte not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3  %4  %n bytes</source>
        <extracomment>Details header: seq, local time, endpoint, direction (in/out/event), size in bytes</extracomment>
        <translation>
            <numerusform>#%1  %2  %3  %4  %n byte</numerusform>
            <numerusform>#%1  %2  %3  %4  %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(heartbeat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>cannot serve metrics on %1:%2: %3</source>
        <extracomment>%1 is an address such as 127.0.0.1, %2 the port, %3 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 is down</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection was lost %n second(s) ago and is being re-established.</source>
        <translation>
            <numerusform>The connection was lost %n second ago and is being re-established.</numerusform>
            <numerusform>The connection was lost %n seconds ago and is being re-established.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave up</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated connection attempts failed; it now retries at a slower pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection is open again after %n second(s) without it.</source>
        <translation>
            <numerusform>The connection is open again after %n second without it.</numerusform>
            <numerusform>The connection is open again after %n seconds without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is open again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <source>Send as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2.</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 the character offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected PATH[:RATE[:SIZE]], got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; in &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size &quot;%1&quot; in &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve WebSocket feeds with heartbeats, presence and fault switches, for testing FeedPulse and other clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server config file (JSON); flags override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow binding an address that is not loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a feed on PATH at RATE messages a second (0: as fast as the client reads), padded to SIZE bytes. Repeatable; replaces the default /ticker:20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path[:rate[:size]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message answered as a ping (default &quot;ping&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the text ping (default &quot;pong&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; of a JSON message answered as a ping (default &quot;ping&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a JSON ping (default {&quot;type&quot;:&quot;pong&quot;}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping every client this often; 0 turns heartbeats off (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evict a client silent this long after a ping (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close code for evicted clients (default 1001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client not seen for this long is offline (default 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a client with more unsent bytes than this (default 8 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-0 feeds stop filling a client here (default 256 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: leave application pings unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: send no feed data; keep sockets open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: close every client every MS milliseconds with CODE (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms[:code]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: refuse connections for this long after start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the loopback HTTP control endpoint; -1 picks a free one (default 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected MS[:CODE], got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import endpoints from a config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export endpoints to a config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log rows kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log view keeps this many rows; the oldest go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record every event to files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recording folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new recording file after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a spin box: mebibytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording files kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state must last this long before it is notified, so a flapping feed does not flood you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Language choice: follow the system language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time FeedPulse starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Metrics port 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1 at this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <extracomment>An endpoint whose name is empty, in the settings list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <extracomment>The name given to a new endpoint in the settings (letters, digits, spaces, - _ . : only)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another endpoint is also named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>feedpulse: --%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedpulse: --metrics-port must be a port number from 0 to 65535, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind must be an IP address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind needs --metrics-port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch live WebSocket feeds: heartbeats, reconnection and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window; print events as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on built-in demo feeds (a local feed server on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint config file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window and messages (en, zh_CN, zh_TW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop cleanly after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include message text in message events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a stats event per endpoint this often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read JSON commands from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at /metrics (and /healthz) on this port; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to serve metrics on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long before the screenshot (default 8000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedpulse: --headless needs --config FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedpulse: the demo feed server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeedPulse — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedpulse: could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>servermain</name>
    <message numerus="yes">
        <source>%n problem(s); nothing was started.</source>
        <translation>
            <numerusform>%n problem; nothing was started.</numerusform>
            <numerusform>%n problems; nothing was started.</numerusform>
        </translation>
    </message>
    <message>
        <source>control endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
