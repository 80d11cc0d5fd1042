<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be set when recording is enabled</source>
        <translation>must be set when recording is enabled</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;, expected one of en, zh_CN, zh_TW or empty for the system language</source>
        <translation>unknown language &quot;%1&quot;, expected one of en, zh_CN, zh_TW or empty for the system language</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>expected a JSON object {&quot;version&quot;: 1, &quot;endpoints&quot;: [...]}</source>
        <translation>expected a JSON object {&quot;version&quot;: 1, &quot;endpoints&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>missing required key, expected %1</source>
        <translation>missing required key, expected %1</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <source>unsupported version %1, expected %2</source>
        <translation>unsupported version %1, expected %2</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>missing required key</translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation>expected an array of objects</translation>
    </message>
    <message>
        <source>must list at least one endpoint</source>
        <translation>must list at least one endpoint</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>duplicates %1 (&quot;%2&quot;)</source>
        <translation>duplicates %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>must be between 0 (off) and %1</source>
        <translation>must be between 0 (off) and %1</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot copy &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>cannot copy &quot;%1&quot; to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has problems (%2) and was not overwritten; fix or remove it first</source>
        <translation>&quot;%1&quot; has problems (%2) and was not overwritten; fix or remove it first</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>cannot create the folder &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected, and the send queue is disabled (send_queue_limit is 0).</source>
        <translation>Not connected, and the send queue is disabled (send_queue_limit is 0).</translation>
    </message>
    <message>
        <source>No URL is configured.</source>
        <translation>No URL is configured.</translation>
    </message>
    <message>
        <source>Environment variable(s) not set: %1</source>
        <translation>Environment variable(s) not set: %1</translation>
    </message>
    <message>
        <source>Invalid URL %1: %2</source>
        <translation>Invalid URL %1: %2</translation>
    </message>
    <message>
        <source>The server closed with code %1, which is configured not to be retried.</source>
        <translation>The server closed with code %1, which is configured not to be retried.</translation>
    </message>
    <message>
        <source>No handshake within %1 ms (connect_timeout_ms)</source>
        <translation>No handshake within %1 ms (connect_timeout_ms)</translation>
    </message>
    <message>
        <source>tls.ca_file: no PEM certificate could be read from %1</source>
        <translation>tls.ca_file: no PEM certificate could be read from %1</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate (SHA-256 %1) matches no tls.pin_sha256</source>
        <translation>TLS: the server&apos;s certificate (SHA-256 %1) matches no tls.pin_sha256</translation>
    </message>
    <message>
        <source>urls[%1]: the host %2 cannot be resolved (%3)</source>
        <translation>urls[%1]: the host %2 cannot be resolved (%3)</translation>
    </message>
    <message>
        <source>The server sent a text message that is not valid UTF-8; closed with 1007 as RFC 6455 requires, and the message was not shown.</source>
        <translation>The server sent a text message that is not valid UTF-8; closed with 1007 as RFC 6455 requires, and the message was not shown.</translation>
    </message>
    <message>
        <source>The server sent a message larger than max_message_bytes (%1 bytes); closed with 1009.</source>
        <translation>The server sent a message larger than max_message_bytes (%1 bytes); closed with 1009.</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1). Check headers and tokens, then retry; set reconnect.retry_auth_failures to keep retrying.</source>
        <translation>The server refused the credentials (HTTP %1). Check headers and tokens, then retry; set reconnect.retry_auth_failures to keep retrying.</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1); retrying.</source>
        <translation>The server refused the credentials (HTTP %1); retrying.</translation>
    </message>
    <message>
        <source>Configuration error: the server has no WebSocket at %1 (HTTP %2). Check urls.</source>
        <translation>Configuration error: the server has no WebSocket at %1 (HTTP %2). Check urls.</translation>
    </message>
    <message>
        <source>The server is rate limiting connections (HTTP 429); backing off.</source>
        <translation>The server is rate limiting connections (HTTP 429); backing off.</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1); backing off.</source>
        <translation>The server is unavailable (HTTP %1); backing off.</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade (HTTP %1).</source>
        <translation>The server refused the WebSocket upgrade (HTTP %1).</translation>
    </message>
    <message>
        <source>TLS certificate rejected: %1. Certificate %2, SHA-256 %3</source>
        <translation>TLS certificate rejected: %1. Certificate %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>TLS certificate rejected: %1. Certificate %2, SHA-256 %3 matches no tls.pin_sha256</source>
        <translation>TLS certificate rejected: %1. Certificate %2, SHA-256 %3 matches no tls.pin_sha256</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(no certificate)</translation>
    </message>
</context>
<context>
    <name>EndpointConfig</name>
    <message>
        <source>expected one of none, full, equal, decorrelated</source>
        <translation>expected one of none, full, equal, decorrelated</translation>
    </message>
    <message>
        <source>expected one of ping, text, json, passive</source>
        <translation>expected one of ping, text, json, passive</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;, %2</source>
        <translation>unknown mode &quot;%1&quot;, %2</translation>
    </message>
    <message>
        <source>not used in %1 mode</source>
        <translation>not used in %1 mode</translation>
    </message>
    <message>
        <source>expected a string in text mode</source>
        <translation>expected a string in text mode</translation>
    </message>
    <message>
        <source>expected an object {&quot;field&quot;: ..., &quot;equals&quot;: ...} in json mode</source>
        <translation>expected an object {&quot;field&quot;: ..., &quot;equals&quot;: ...} in json mode</translation>
    </message>
    <message>
        <source>unknown jitter &quot;%1&quot;, %2</source>
        <translation>unknown jitter &quot;%1&quot;, %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>must be at most %1 characters long</translation>
    </message>
    <message>
        <source>contains %1, which is not allowed (use letters, digits, spaces and - _ . :)</source>
        <translation>contains %1, which is not allowed (use letters, digits, spaces and - _ . :)</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>must not start or end with a space</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>not a valid URL: %1</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got none</source>
        <translation>scheme must be ws or wss, got none</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got %1</source>
        <translation>scheme must be ws or wss, got %1</translation>
    </message>
    <message>
        <source>missing host</source>
        <translation>missing host</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, written out; only the rest of the URL may use ${VAR}</source>
        <translation>scheme must be ws or wss, written out; only the rest of the URL may use ${VAR}</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>missing required key</translation>
    </message>
    <message>
        <source>expected an object of header names to strings</source>
        <translation>expected an object of header names to strings</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>must list at least one URL</source>
        <translation>must list at least one URL</translation>
    </message>
    <message>
        <source>a header name must not be empty</source>
        <translation>a header name must not be empty</translation>
    </message>
    <message>
        <source>not a valid HTTP header name</source>
        <translation>not a valid HTTP header name</translation>
    </message>
    <message>
        <source>duplicate header name</source>
        <translation>duplicate header name</translation>
    </message>
    <message>
        <source>a header value must not contain line breaks or NUL</source>
        <translation>a header value must not contain line breaks or NUL</translation>
    </message>
    <message>
        <source>not a valid subprotocol name</source>
        <translation>not a valid subprotocol name</translation>
    </message>
    <message>
        <source>must not be empty in text mode</source>
        <translation>must not be empty in text mode</translation>
    </message>
    <message>
        <source>must be a JSON object in json mode</source>
        <translation>must be a JSON object in json mode</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>must be at most %1</translation>
    </message>
    <message>
        <source>must be at least initial_ms (%1)</source>
        <translation>must be at least initial_ms (%1)</translation>
    </message>
    <message>
        <source>must be a number of at least 1.0</source>
        <translation>must be a number of at least 1.0</translation>
    </message>
    <message>
        <source>close code must be between 1000 and 4999, got %1</source>
        <translation>close code must be between 1000 and 4999, got %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>must be between 0 and %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>cannot read the file %1</source>
        <translation>cannot read the file %1</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>no PEM certificate in %1</translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>expected a SHA-256 fingerprint: 64 hex digits, colons allowed</translation>
    </message>
    <message>
        <source>close code %1 never reaches the client: it is reserved or not accepted by Qt (use 1000-1003, 1007-1011 or 3000-4999)</source>
        <translation>close code %1 never reaches the client: it is reserved or not accepted by Qt (use 1000-1003, 1007-1011 or 3000-4999)</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A unique label: letters, digits, spaces and - _ . :</source>
        <translation>A unique label: letters, digits, spaces and - _ . :</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>wss://primary.example/feed
wss://backup.example/feed</source>
        <translation>wss://primary.example/feed
wss://backup.example/feed</translation>
    </message>
    <message>
        <source>One ws:// or wss:// URL per line. The first is the primary, the others are tried in turn when it fails. ${VAR} is taken from the environment.</source>
        <translation>One ws:// or wss:// URL per line. The first is the primary, the others are tried in turn when it fails. ${VAR} is taken from the environment.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Authorization: Bearer ${TOKEN}</source>
        <translation>Authorization: Bearer ${TOKEN}</translation>
    </message>
    <message>
        <source>Extra handshake headers, one &quot;Name: value&quot; per line.</source>
        <translation>Extra handshake headers, one &quot;Name: value&quot; per line.</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotocols</translation>
    </message>
    <message>
        <source>WebSocket subprotocols to offer, separated by commas.</source>
        <translation>WebSocket subprotocols to offer, separated by commas.</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Connect timeout</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Headers:</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Subprotocols:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Connect &amp;timeout:</translation>
    </message>
    <message>
        <source>Heartbeat mode</source>
        <translation>Heartbeat mode</translation>
    </message>
    <message>
        <source>Ping frames</source>
        <extracomment>Heartbeat mode: RFC 6455 ping frames</extracomment>
        <translation>Ping frames</translation>
    </message>
    <message>
        <source>Text message</source>
        <extracomment>Heartbeat mode: a text message such as &quot;ping&quot;</extracomment>
        <translation>Text message</translation>
    </message>
    <message>
        <source>JSON message</source>
        <extracomment>Heartbeat mode: a JSON object such as {&quot;type&quot;:&quot;ping&quot;}</extracomment>
        <translation>JSON message</translation>
    </message>
    <message>
        <source>Passive (watch traffic)</source>
        <extracomment>Heartbeat mode: send nothing, any inbound traffic proves the link alive</extracomment>
        <translation>Passive (watch traffic)</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Heartbeat interval</translation>
    </message>
    <message>
        <source>Heartbeat timeout</source>
        <translation>Heartbeat timeout</translation>
    </message>
    <message>
        <source>Heartbeats missed before the link is dead</source>
        <translation>Heartbeats missed before the link is dead</translation>
    </message>
    <message>
        <source>Any inbound message &amp;answers the heartbeat</source>
        <translation>Any inbound message &amp;answers the heartbeat</translation>
    </message>
    <message>
        <source>Any inbound message answers the heartbeat</source>
        <translation>Any inbound message answers the heartbeat</translation>
    </message>
    <message>
        <source>Heartbeat payload</source>
        <translation>Heartbeat payload</translation>
    </message>
    <message>
        <source>What to send; empty means the default for the mode.</source>
        <translation>What to send; empty means the default for the mode.</translation>
    </message>
    <message>
        <source>Expected reply</source>
        <translation>Expected reply</translation>
    </message>
    <message>
        <source>Reply field</source>
        <translation>Reply field</translation>
    </message>
    <message>
        <source>Reply field value</source>
        <translation>Reply field value</translation>
    </message>
    <message>
        <source>A JSON value; a plain word is taken as a string.</source>
        <translation>A JSON value; a plain word is taken as a string.</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Ti&amp;meout:</translation>
    </message>
    <message>
        <source>Ma&amp;x missed:</source>
        <translation>Ma&amp;x missed:</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Payload:</translation>
    </message>
    <message>
        <source>&amp;Expected reply:</source>
        <translation>&amp;Expected reply:</translation>
    </message>
    <message>
        <source>Reply &amp;field:</source>
        <translation>Reply &amp;field:</translation>
    </message>
    <message>
        <source>Reply field &amp;equals:</source>
        <translation>Reply field &amp;equals:</translation>
    </message>
    <message>
        <source>Initial reconnect delay</source>
        <translation>Initial reconnect delay</translation>
    </message>
    <message>
        <source>Maximum reconnect delay</source>
        <translation>Maximum reconnect delay</translation>
    </message>
    <message>
        <source>Reconnect delay factor</source>
        <translation>Reconnect delay factor</translation>
    </message>
    <message>
        <source>Reconnect jitter</source>
        <translation>Reconnect jitter</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Reconnect jitter: the delay exactly</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>Full</source>
        <extracomment>Reconnect jitter: uniform between 0 and the delay</extracomment>
        <translation>Full</translation>
    </message>
    <message>
        <source>Equal</source>
        <extracomment>Reconnect jitter: uniform between half the delay and the delay</extracomment>
        <translation>Equal</translation>
    </message>
    <message>
        <source>Decorrelated</source>
        <extracomment>Reconnect jitter: uniform between the initial delay and three times the previous one</extracomment>
        <translation>Decorrelated</translation>
    </message>
    <message>
        <source>Maximum reconnect attempts</source>
        <translation>Maximum reconnect attempts</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <extracomment>Maximum reconnect attempts of 0</extracomment>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Stable connection time</source>
        <translation>Stable connection time</translation>
    </message>
    <message>
        <source>Slow retry interval</source>
        <translation>Slow retry interval</translation>
    </message>
    <message>
        <source>Close codes that stop retrying</source>
        <translation>Close codes that stop retrying</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>I&amp;nitial delay:</source>
        <translation>I&amp;nitial delay:</translation>
    </message>
    <message>
        <source>Maximum &amp;delay:</source>
        <translation>Maximum &amp;delay:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Jitter:</translation>
    </message>
    <message>
        <source>Max &amp;attempts:</source>
        <translation>Max &amp;attempts:</translation>
    </message>
    <message>
        <source>&amp;Stable after:</source>
        <translation>&amp;Stable after:</translation>
    </message>
    <message>
        <source>S&amp;low retry every:</source>
        <translation>S&amp;low retry every:</translation>
    </message>
    <message>
        <source>&amp;Close codes that stop retrying:</source>
        <translation>&amp;Close codes that stop retrying:</translation>
    </message>
    <message>
        <source>Messages sent on open</source>
        <translation>Messages sent on open</translation>
    </message>
    <message>
        <source>Sent in order after every open, one message per line.</source>
        <translation>Sent in order after every open, one message per line.</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Stale after</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Stale threshold of 0</extracomment>
        <translation>Never</translation>
    </message>
    <message>
        <source>Offline send queue limit</source>
        <translation>Offline send queue limit</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>On &amp;open:</source>
        <translation>On &amp;open:</translation>
    </message>
    <message>
        <source>Stale a&amp;fter:</source>
        <translation>Stale a&amp;fter:</translation>
    </message>
    <message>
        <source>Send &amp;queue limit:</source>
        <translation>Send &amp;queue limit:</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a spin box: milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a close code (expected numbers separated by commas)</source>
        <translation>&quot;%1&quot; is not a close code (expected numbers separated by commas)</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA bundle file</translation>
    </message>
    <message>
        <source>A PEM file with CA certificates to trust in addition to the system&apos;s.</source>
        <translation>A PEM file with CA certificates to trust in addition to the system&apos;s.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Choose the CA bundle file</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation>Pinned SHA-256 fingerprints</translation>
    </message>
    <message>
        <source>AB:CD:…:EF, one per line</source>
        <extracomment>Placeholder of the pinned fingerprints field; keep the hex digits</extracomment>
        <translation>AB:CD:…:EF, one per line</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of the server certificate, one per line (64 hex digits, colons allowed). When set, only a certificate with one of them is accepted, even a self-signed one.</source>
        <translation>SHA-256 fingerprints of the server certificate, one per line (64 hex digits, colons allowed). When set, only a certificate with one of them is accepted, even a self-signed one.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>For wss:// URLs. The system&apos;s CA certificates are always trusted.</source>
        <translation>For wss:// URLs. The system&apos;s CA certificates are always trusted.</translation>
    </message>
    <message>
        <source>CA &amp;bundle file:</source>
        <translation>CA &amp;bundle file:</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256 fingerprints:</source>
        <translation>&amp;Pinned SHA-256 fingerprints:</translation>
    </message>
    <message>
        <source>Retr&amp;y after HTTP 401/403</source>
        <translation>Retr&amp;y after HTTP 401/403</translation>
    </message>
    <message>
        <source>Retry after HTTP 401/403</source>
        <translation>Retry after HTTP 401/403</translation>
    </message>
    <message>
        <source>Keep retrying when the server refuses the credentials. When off, the endpoint stops until the headers are fixed.</source>
        <translation>Keep retrying when the server refuses the credentials. When off, the endpoint stops until the headers are fixed.</translation>
    </message>
    <message>
        <source>Sequence field</source>
        <translation>Sequence field</translation>
    </message>
    <message>
        <source>The JSON member that numbers each message; missing numbers show as gaps. Empty: off.</source>
        <translation>The JSON member that numbers each message; missing numbers show as gaps. Empty: off.</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>Maximum message size</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>Unit suffix of a spin box: kibibytes</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>The largest incoming message, from 1 KiB to 1 GiB (1048576 KiB). A larger one closes the link with code 1009.</source>
        <translation>The largest incoming message, from 1 KiB to 1 GiB (1048576 KiB). A larger one closes the link with code 1009.</translation>
    </message>
    <message>
        <source>Sequence fie&amp;ld:</source>
        <translation>Sequence fie&amp;ld:</translation>
    </message>
    <message>
        <source>Max message si&amp;ze:</source>
        <translation>Max message si&amp;ze:</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses</extracomment>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
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
        <translation>normal</translation>
    </message>
    <message>
        <source>going away</source>
        <extracomment>WebSocket close code 1001</extracomment>
        <translation>going away</translation>
    </message>
    <message>
        <source>protocol error</source>
        <extracomment>WebSocket close code 1002</extracomment>
        <translation>protocol error</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <extracomment>WebSocket close code 1003</extracomment>
        <translation>unsupported data</translation>
    </message>
    <message>
        <source>abnormal</source>
        <extracomment>WebSocket close code 1006: the link dropped without a close frame</extracomment>
        <translation>abnormal</translation>
    </message>
    <message>
        <source>policy violation</source>
        <extracomment>WebSocket close code 1008</extracomment>
        <translation>policy violation</translation>
    </message>
    <message>
        <source>message too big</source>
        <extracomment>WebSocket close code 1009</extracomment>
        <translation>message too big</translation>
    </message>
    <message>
        <source>server error</source>
        <extracomment>WebSocket close code 1011</extracomment>
        <translation>server error</translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>Endpoint state: not started yet</extracomment>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Endpoint state: the link is open and healthy</extracomment>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>Endpoint state: the link is open but the feed has gone quiet</extracomment>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <extracomment>Endpoint state: waiting before the next connection attempt (backoff)</extracomment>
        <translation>Reconnecting</translation>
    </message>
    <message>
        <source>Gave up</source>
        <extracomment>Endpoint state: too many failed attempts; retrying slowly</extracomment>
        <translation>Gave up</translation>
    </message>
    <message>
        <source>Closing</source>
        <extracomment>Endpoint state: the link is being closed</extracomment>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>no heartbeat reply, silent %1</source>
        <extracomment>Why a link was dropped; %1 is a duration such as &quot;400 ms&quot;</extracomment>
        <translation>no heartbeat reply, silent %1</translation>
    </message>
    <message>
        <source>silent %1</source>
        <extracomment>Why a feed is stale; %1 is a duration such as &quot;10 s&quot;</extracomment>
        <translation>silent %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <extracomment>A connection attempt; %1 is its number in the current series of failures</extracomment>
        <translation>attempt %1</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <extracomment>%1 is a duration such as &quot;4 s&quot;</extracomment>
        <translation>retry in %1</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: endpoint name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Uptime</source>
        <extracomment>Column header: how long the current link has been open</extracomment>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>Attempt</source>
        <extracomment>Column header: connection attempts in the current series of failures, and the retry countdown</extracomment>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>RTT</source>
        <extracomment>Column header: heartbeat round-trip time</extracomment>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <extracomment>Column header: messages received per second</extracomment>
        <translation>Msgs/s</translation>
    </message>
    <message>
        <source>Last close</source>
        <extracomment>Column header: the last close code and reason, or the last error</extracomment>
        <translation>Last close</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Heartbeat round-trip time in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <extracomment>%1 is the number of attempts so far; the next one is due now</extracomment>
        <translation>%1 · retrying</translation>
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
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>heartbeat timeout</source>
        <translation>heartbeat timeout</translation>
    </message>
    <message>
        <source>Gaps</source>
        <extracomment>Column header: how many messages are missing, judged by their sequence numbers</extracomment>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Gaps are not counted: no sequence field is set for this endpoint.</source>
        <extracomment>Tooltip of an empty Gaps cell</extracomment>
        <translation>Gaps are not counted: no sequence field is set for this endpoint.</translation>
    </message>
    <message>
        <source>%1 — sequence numbers</source>
        <extracomment>Tooltip heading of the Gaps column; %1 is the endpoint name</extracomment>
        <translation>%1 — sequence numbers</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) missing</source>
        <extracomment>Numbers skipped in the sequence field, counted one by one</extracomment>
        <translation>
            <numerusform>%n message missing</numerusform>
            <numerusform>%n messages missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <extracomment>Jumps in the sequence field; one jump can skip many numbers</extracomment>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate message(s)</source>
        <extracomment>Messages whose sequence number was seen before</extracomment>
        <translation>
            <numerusform>%n duplicate message</numerusform>
            <numerusform>%n duplicate messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence reset(s)</source>
        <extracomment>Times the sequence numbers started over (e.g. the server restarted)</extracomment>
        <translation>
            <numerusform>%n sequence reset</numerusform>
            <numerusform>%n sequence resets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FdLimit</name>
    <message>
        <source>%1 endpoints need about %2 open files, but this process may open only %3 (the hard limit, ulimit -Hn). Raise it (for example LimitNOFILE= in a systemd unit, or /etc/security/limits.conf) or split the endpoints across several instances.</source>
        <extracomment>%1 endpoints, %2 file descriptors needed, %3 the limit</extracomment>
        <translation>%1 endpoints need about %2 open files, but this process may open only %3 (the hard limit, ulimit -Hn). Raise it (for example LimitNOFILE= in a systemd unit, or /etc/security/limits.conf) or split the endpoints across several instances.</translation>
    </message>
</context>
<context>
    <name>FeedServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>%1 is not a loopback address; binding it needs allow_remote (--allow-remote)</source>
        <translation>%1 is not a loopback address; binding it needs allow_remote (--allow-remote)</translation>
    </message>
    <message>
        <source>close code %1 cannot be sent in a close frame</source>
        <translation>close code %1 cannot be sent in a close frame</translation>
    </message>
</context>
<context>
    <name>FeedServerConfig</name>
    <message>
        <source>expected an array of feeds</source>
        <translation>expected an array of feeds</translation>
    </message>
    <message>
        <source>must be a close code between 1000 and 4999, got %1</source>
        <translation>must be a close code between 1000 and 4999, got %1</translation>
    </message>
    <message>
        <source>%1 is reserved and cannot be sent in a close frame</source>
        <translation>%1 is reserved and cannot be sent in a close frame</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>must start with /</translation>
    </message>
    <message>
        <source>must not contain spaces, control characters, ? or #</source>
        <translation>must not contain spaces, control characters, ? or #</translation>
    </message>
    <message>
        <source>must be an IP address</source>
        <translation>must be an IP address</translation>
    </message>
    <message>
        <source>%1 is not a loopback address; set allow_remote to bind it</source>
        <translation>%1 is not a loopback address; set allow_remote to bind it</translation>
    </message>
    <message>
        <source>must list at least one feed</source>
        <translation>must list at least one feed</translation>
    </message>
    <message>
        <source>%1 is already served by %2</source>
        <translation>%1 is already served by %2</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>must be between 0 and %1</translation>
    </message>
    <message>
        <source>must be valid JSON: %1</source>
        <translation>must be valid JSON: %1</translation>
    </message>
    <message>
        <source>must be greater than 0 while heartbeats are on</source>
        <translation>must be greater than 0 while heartbeats are on</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>must be at least high_water_bytes (%1)</source>
        <translation>must be at least high_water_bytes (%1)</translation>
    </message>
    <message>
        <source>must be between -1 (any free port) and 65535</source>
        <translation>must be between -1 (any free port) and 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; is not an IP address</translation>
    </message>
    <message>
        <source>expected connection or feed</source>
        <translation>expected connection or feed</translation>
    </message>
    <message>
        <source>unknown seq_scope &quot;%1&quot;, %2</source>
        <translation>unknown seq_scope &quot;%1&quot;, %2</translation>
    </message>
    <message>
        <source>feed needs a rate above 0</source>
        <translation>feed needs a rate above 0</translation>
    </message>
</context>
<context>
    <name>FeedServerControl</name>
    <message>
        <source>%1: expected an integer from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1: expected an integer from %2 to %3, got &quot;%4&quot;</translation>
    </message>
    <message>
        <source>on: expected 1 or 0, got &quot;%1&quot;</source>
        <translation>on: expected 1 or 0, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot listen for control on 127.0.0.1:%1</source>
        <translation>Cannot listen for control on 127.0.0.1:%1</translation>
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
        <translation>feedpulse: serving metrics on %1</translation>
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
        <translation>command is not valid JSON: %1</translation>
    </message>
    <message>
        <source>command must be a JSON object</source>
        <translation>command must be a JSON object</translation>
    </message>
    <message>
        <source>command has no &quot;cmd&quot; string</source>
        <translation>command has no &quot;cmd&quot; string</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected send, retry, stop, start or quit)</source>
        <translation>unknown command &quot;%1&quot; (expected send, retry, stop, start or quit)</translation>
    </message>
    <message>
        <source>%1: no such endpoint</source>
        <translation>%1: no such endpoint</translation>
    </message>
    <message>
        <source>%1: &quot;endpoint&quot; must be a string</source>
        <translation>%1: &quot;endpoint&quot; must be a string</translation>
    </message>
    <message>
        <source>%1: shutting down, command ignored</source>
        <translation>%1: shutting down, command ignored</translation>
    </message>
    <message>
        <source>send: &quot;text&quot; must be a string</source>
        <translation>send: &quot;text&quot; must be a string</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown key (use &quot;urls&quot;, an array of strings)</source>
        <translation>unknown key (use &quot;urls&quot;, an array of strings)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <source>expected an integer between %1 and %2</source>
        <translation>expected an integer between %1 and %2</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>expected an array of strings</translation>
    </message>
    <message>
        <source>expected an array of integers</source>
        <translation>expected an array of integers</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON syntax error at line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <source>Nothing to export.</source>
        <translation>Nothing to export.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>LogFilterProxyModel</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <extracomment>%1 is a character position in the pattern, %2 the reason</extracomment>
        <translation>Invalid regular expression at position %1: %2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>in</source>
        <extracomment>Message direction: received from the endpoint</extracomment>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Message direction: sent to the endpoint</extracomment>
        <translation>out</translation>
    </message>
    <message>
        <source>event</source>
        <extracomment>Log row that is an engine event, not a message</extracomment>
        <translation>event</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column header: message size in bytes</extracomment>
        <translation>Size</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>LogRecorder</name>
    <message>
        <source>There is no message log to record.</source>
        <translation>There is no message log to record.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2. Recording has stopped.</source>
        <translation>Cannot write the log file %1: %2. Recording has stopped.</translation>
    </message>
    <message>
        <source>Cannot create the log file %1 in %2: %3</source>
        <extracomment>%1 is a file, %2 its directory, %3 the system&apos;s reason</extracomment>
        <translation>Cannot create the log file %1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Show inbound messages</source>
        <translation>Show inbound messages</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Show outbound messages</source>
        <translation>Show outbound messages</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Show engine events</source>
        <translation>Show engine events</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Filter text is a regular expression</source>
        <translation>Filter text is a regular expression</translation>
    </message>
    <message>
        <source>Hide heartbeats</source>
        <translation>Hide heartbeats</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Auto-scroll</translation>
    </message>
    <message>
        <source>Scroll to new messages as they arrive</source>
        <translation>Scroll to new messages as they arrive</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Message log</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>Endpoint filter</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Text filter</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filter messages</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filter error</translation>
    </message>
    <message>
        <source>Pause the log</source>
        <translation>Pause the log</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Clear the log</translation>
    </message>
    <message>
        <source>Export the shown messages</source>
        <translation>Export the shown messages</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>Dropped messages</translation>
    </message>
    <message>
        <source>Messages that are not in the log because it was full, paused too long, or could not keep up.</source>
        <translation>Messages that are not in the log because it was full, paused too long, or could not keep up.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <extracomment>Endpoint filter entry that shows every endpoint</extracomment>
        <translation>All endpoints</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resume the log</source>
        <translation>Resume the log</translation>
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
        <translation>Newline-delimited JSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File dialog filter</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Log</source>
        <translation>Export Log</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FeedPulse</source>
        <translation>FeedPulse</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Recording stopped: %1</translation>
    </message>
    <message>
        <source>Connect &amp;all</source>
        <translation>Connect &amp;all</translation>
    </message>
    <message>
        <source>&amp;Disconnect all</source>
        <translation>&amp;Disconnect all</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Dis&amp;connect</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>&amp;Send message…</source>
        <translation>&amp;Send message…</translation>
    </message>
    <message>
        <source>&amp;Add endpoint…</source>
        <translation>&amp;Add endpoint…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpoints</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
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
        <translation>%1 could not be read, so FeedPulse started without its endpoints. The file was not changed.</translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation>A copy was kept as %1.</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Config file</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Recording not started: %1</source>
        <translation>Recording not started: %1</translation>
    </message>
    <message>
        <source>The language changes when FeedPulse starts again.</source>
        <translation>The language changes when FeedPulse starts again.</translation>
    </message>
    <message>
        <source>Serving metrics on %1</source>
        <translation>Serving metrics on %1</translation>
    </message>
    <message>
        <source>Metrics are off: %1</source>
        <translation>Metrics are off: %1</translation>
    </message>
    <message>
        <source>Sent to %1 (queued while it is offline)</source>
        <translation>Sent to %1 (queued while it is offline)</translation>
    </message>
    <message>
        <source>The changes are applied but could not be saved to %1: %2</source>
        <translation>The changes are applied but could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read when FeedPulse started, so it was not replaced: %2</source>
        <translation>%1 could not be read when FeedPulse started, so it was not replaced: %2</translation>
    </message>
    <message>
        <source>A copy of it is kept as %1.</source>
        <translation>A copy of it is kept as %1.</translation>
    </message>
    <message>
        <source>Replace it with the endpoints you see now?</source>
        <translation>Replace it with the endpoints you see now?</translation>
    </message>
</context>
<context>
    <name>MessageDetailsView</name>
    <message>
        <source>Message details</source>
        <translation>Message details</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>Message summary</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>Message content</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>Select a message to see it in full.</translation>
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
        <translation>(heartbeat)</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>cannot serve metrics on %1:%2: %3</source>
        <extracomment>%1 is an address such as 127.0.0.1, %2 the port, %3 the system&apos;s reason</extracomment>
        <translation>cannot serve metrics on %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 is down</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 is down</translation>
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
        <translation>%1 gave up</translation>
    </message>
    <message>
        <source>Repeated connection attempts failed; it now retries at a slower pace.</source>
        <translation>Repeated connection attempts failed; it now retries at a slower pace.</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 is back</translation>
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
        <translation>The connection is open again.</translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <source>Send as &amp;JSON</source>
        <translation>Send as &amp;JSON</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Send to %1</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send as JSON</source>
        <translation>Send as JSON</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2.</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 the character offset</extracomment>
        <translation>Not valid JSON: %1 at character %2.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>expected a whole number between %1 and %2, got &quot;%3&quot;</source>
        <translation>expected a whole number between %1 and %2, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>expected PATH[:RATE[:SIZE]], got &quot;%1&quot;</source>
        <translation>expected PATH[:RATE[:SIZE]], got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; in &quot;%2&quot; is not a number</source>
        <translation>rate &quot;%1&quot; in &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; in &quot;%2&quot; is not a whole number</source>
        <translation>size &quot;%1&quot; in &quot;%2&quot; is not a whole number</translation>
    </message>
    <message>
        <source>Serve WebSocket feeds with heartbeats, presence and fault switches, for testing FeedPulse and other clients.</source>
        <translation>Serve WebSocket feeds with heartbeats, presence and fault switches, for testing FeedPulse and other clients.</translation>
    </message>
    <message>
        <source>Server config file (JSON); flags override it.</source>
        <translation>Server config file (JSON); flags override it.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Address to listen on (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Allow binding an address that is not loopback.</source>
        <translation>Allow binding an address that is not loopback.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation>Port to listen on; 0 picks a free one (default 0).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Serve a feed on PATH at RATE messages a second (0: as fast as the client reads), padded to SIZE bytes. Repeatable; replaces the default /ticker:20.</source>
        <translation>Serve a feed on PATH at RATE messages a second (0: as fast as the client reads), padded to SIZE bytes. Repeatable; replaces the default /ticker:20.</translation>
    </message>
    <message>
        <source>path[:rate[:size]]</source>
        <translation>path[:rate[:size]]</translation>
    </message>
    <message>
        <source>Text message answered as a ping (default &quot;ping&quot;).</source>
        <translation>Text message answered as a ping (default &quot;ping&quot;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Reply to the text ping (default &quot;pong&quot;).</source>
        <translation>Reply to the text ping (default &quot;pong&quot;).</translation>
    </message>
    <message>
        <source>&quot;type&quot; of a JSON message answered as a ping (default &quot;ping&quot;).</source>
        <translation>&quot;type&quot; of a JSON message answered as a ping (default &quot;ping&quot;).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Reply to a JSON ping (default {&quot;type&quot;:&quot;pong&quot;}).</source>
        <translation>Reply to a JSON ping (default {&quot;type&quot;:&quot;pong&quot;}).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Ping every client this often; 0 turns heartbeats off (default 30000).</source>
        <translation>Ping every client this often; 0 turns heartbeats off (default 30000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Evict a client silent this long after a ping (default 10000).</source>
        <translation>Evict a client silent this long after a ping (default 10000).</translation>
    </message>
    <message>
        <source>Close code for evicted clients (default 1001).</source>
        <translation>Close code for evicted clients (default 1001).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A client not seen for this long is offline (default 60000).</source>
        <translation>A client not seen for this long is offline (default 60000).</translation>
    </message>
    <message>
        <source>Drop a client with more unsent bytes than this (default 8 MiB).</source>
        <translation>Drop a client with more unsent bytes than this (default 8 MiB).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Rate-0 feeds stop filling a client here (default 256 KiB).</source>
        <translation>Rate-0 feeds stop filling a client here (default 256 KiB).</translation>
    </message>
    <message>
        <source>Fault: leave application pings unanswered.</source>
        <translation>Fault: leave application pings unanswered.</translation>
    </message>
    <message>
        <source>Fault: send no feed data; keep sockets open.</source>
        <translation>Fault: send no feed data; keep sockets open.</translation>
    </message>
    <message>
        <source>Fault: close every client every MS milliseconds with CODE (default 1000).</source>
        <translation>Fault: close every client every MS milliseconds with CODE (default 1000).</translation>
    </message>
    <message>
        <source>ms[:code]</source>
        <translation>ms[:code]</translation>
    </message>
    <message>
        <source>Fault: refuse connections for this long after start.</source>
        <translation>Fault: refuse connections for this long after start.</translation>
    </message>
    <message>
        <source>Port of the loopback HTTP control endpoint; -1 picks a free one (default 0: none).</source>
        <translation>Port of the loopback HTTP control endpoint; -1 picks a free one (default 0: none).</translation>
    </message>
    <message>
        <source>--config: cannot read %1: %2</source>
        <translation>--config: cannot read %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>expected a JSON object at the top level</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; is not an IP address</translation>
    </message>
    <message>
        <source>expected MS[:CODE], got &quot;%1&quot;</source>
        <translation>expected MS[:CODE], got &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpoints</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Validation message</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import endpoints from a config file</source>
        <translation>Import endpoints from a config file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export endpoints to a config file</source>
        <translation>Export endpoints to a config file</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Add endpoint</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Duplicate endpoint</source>
        <translation>Duplicate endpoint</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Remove endpoint</translation>
    </message>
    <message>
        <source>Endpoint settings</source>
        <translation>Endpoint settings</translation>
    </message>
    <message>
        <source>Log rows kept</source>
        <translation>Log rows kept</translation>
    </message>
    <message>
        <source>The log view keeps this many rows; the oldest go first.</source>
        <translation>The log view keeps this many rows; the oldest go first.</translation>
    </message>
    <message>
        <source>&amp;Record every event to files</source>
        <translation>&amp;Record every event to files</translation>
    </message>
    <message>
        <source>Record events</source>
        <translation>Record events</translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation>Recording folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the recording folder</source>
        <translation>Choose the recording folder</translation>
    </message>
    <message>
        <source>Start a new recording file after</source>
        <translation>Start a new recording file after</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a spin box: mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Recording files kept</source>
        <translation>Recording files kept</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Show &amp;notifications</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Show notifications</translation>
    </message>
    <message>
        <source>Notification hold time</source>
        <translation>Notification hold time</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>A state must last this long before it is notified, so a flapping feed does not flood you.</source>
        <translation>A state must last this long before it is notified, so a flapping feed does not flood you.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Language choice: follow the system language</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>Takes effect the next time FeedPulse starts.</source>
        <translation>Takes effect the next time FeedPulse starts.</translation>
    </message>
    <message>
        <source>Metrics port</source>
        <translation>Metrics port</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Metrics port 0</extracomment>
        <translation>Off</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1 at this port.</source>
        <translation>Serve Prometheus metrics on 127.0.0.1 at this port.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Rows &amp;kept:</source>
        <translation>Rows &amp;kept:</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>New file &amp;after:</source>
        <translation>New file &amp;after:</translation>
    </message>
    <message>
        <source>Files &amp;kept:</source>
        <translation>Files &amp;kept:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>&amp;Hold for:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Metrics port:</source>
        <translation>&amp;Metrics port:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <extracomment>An endpoint whose name is empty, in the settings list</extracomment>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>endpoint</source>
        <extracomment>The name given to a new endpoint in the settings (letters, digits, spaces, - _ . : only)</extracomment>
        <translation>endpoint</translation>
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
        <translation>&quot;%1&quot; was not imported:</translation>
    </message>
    <message>
        <source>Fix the problems first: %1</source>
        <translation>Fix the problems first: %1</translation>
    </message>
    <message>
        <source>Import endpoints</source>
        <translation>Import endpoints</translation>
    </message>
    <message>
        <source>Config files (*.json);;All files (*)</source>
        <translation>Config files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Export endpoints</source>
        <translation>Export endpoints</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>another endpoint is also named &quot;%1&quot;</source>
        <translation>another endpoint is also named &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>feedpulse: --%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>feedpulse: --%1 must be a positive whole number, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-port must be a port number from 0 to 65535, got &quot;%1&quot;</source>
        <translation>feedpulse: --metrics-port must be a port number from 0 to 65535, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind must be an IP address, got &quot;%1&quot;</source>
        <translation>feedpulse: --metrics-bind must be an IP address, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind needs --metrics-port</source>
        <translation>feedpulse: --metrics-bind needs --metrics-port</translation>
    </message>
    <message>
        <source>Watch live WebSocket feeds: heartbeats, reconnection and events.</source>
        <translation>Watch live WebSocket feeds: heartbeats, reconnection and events.</translation>
    </message>
    <message>
        <source>Run without a window; print events as JSON lines.</source>
        <translation>Run without a window; print events as JSON lines.</translation>
    </message>
    <message>
        <source>Open the window on built-in demo feeds (a local feed server on 127.0.0.1).</source>
        <translation>Open the window on built-in demo feeds (a local feed server on 127.0.0.1).</translation>
    </message>
    <message>
        <source>Endpoint config file (JSON).</source>
        <translation>Endpoint config file (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Language of the window and messages (en, zh_CN, zh_TW).</source>
        <translation>Language of the window and messages (en, zh_CN, zh_TW).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Stop cleanly after this many seconds.</source>
        <translation>Stop cleanly after this many seconds.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Include message text in message events.</source>
        <translation>Include message text in message events.</translation>
    </message>
    <message>
        <source>Print a stats event per endpoint this often.</source>
        <translation>Print a stats event per endpoint this often.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Read JSON commands from standard input.</source>
        <translation>Read JSON commands from standard input.</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at /metrics (and /healthz) on this port; 0 picks a free one.</source>
        <translation>Serve Prometheus metrics at /metrics (and /healthz) on this port; 0 picks a free one.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to serve metrics on (default 127.0.0.1).</source>
        <translation>Address to serve metrics on (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file, then quit.</source>
        <translation>Save a screenshot of the window to this PNG file, then quit.</translation>
    </message>
    <message>
        <source>Wait this long before the screenshot (default 8000).</source>
        <translation>Wait this long before the screenshot (default 8000).</translation>
    </message>
    <message>
        <source>feedpulse: --headless needs --config FILE</source>
        <translation>feedpulse: --headless needs --config FILE</translation>
    </message>
    <message>
        <source>feedpulse: the demo feed server did not start: %1</source>
        <translation>feedpulse: the demo feed server did not start: %1</translation>
    </message>
    <message>
        <source>FeedPulse — demo</source>
        <translation>FeedPulse — demo</translation>
    </message>
    <message>
        <source>feedpulse: could not save the screenshot to %1</source>
        <translation>feedpulse: could not save the screenshot to %1</translation>
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
        <translation>control endpoint: %1</translation>
    </message>
</context>
</TS>
