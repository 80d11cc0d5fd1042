<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be set when recording is enabled</source>
        <translation>启用记录时必须设置此项</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;, expected one of en, zh_CN, zh_TW or empty for the system language</source>
        <translation>未知的语言 &quot;%1&quot;，应为 en、zh_CN、zh_TW 之一，或留空以使用系统语言</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>expected a JSON object {&quot;version&quot;: 1, &quot;endpoints&quot;: [...]}</source>
        <translation>应为 JSON 对象 {&quot;version&quot;: 1, &quot;endpoints&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>missing required key, expected %1</source>
        <translation>缺少必需的键，应为 %1</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>unsupported version %1, expected %2</source>
        <translation>不支持的版本 %1，应为 %2</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation>应为对象数组</translation>
    </message>
    <message>
        <source>must list at least one endpoint</source>
        <translation>必须至少列出一个端点</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>duplicates %1 (&quot;%2&quot;)</source>
        <translation>与 %1 重复（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>must be between 0 (off) and %1</source>
        <translation>必须介于 0（关闭）和 %1 之间</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>cannot copy &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>无法将 &quot;%1&quot; 复制到 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has problems (%2) and was not overwritten; fix or remove it first</source>
        <translation>&quot;%1&quot; 存在问题（%2），未被覆盖；请先修复或删除该文件</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>无法创建文件夹 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected, and the send queue is disabled (send_queue_limit is 0).</source>
        <translation>未连接，且发送队列已禁用（send_queue_limit 为 0）。</translation>
    </message>
    <message>
        <source>No URL is configured.</source>
        <translation>未配置 URL。</translation>
    </message>
    <message>
        <source>Environment variable(s) not set: %1</source>
        <translation>以下环境变量未设置：%1</translation>
    </message>
    <message>
        <source>Invalid URL %1: %2</source>
        <translation>无效的 URL %1：%2</translation>
    </message>
    <message>
        <source>The server closed with code %1, which is configured not to be retried.</source>
        <translation>服务器以关闭码 %1 关闭了连接，该关闭码已配置为不再重连。</translation>
    </message>
    <message>
        <source>No handshake within %1 ms (connect_timeout_ms)</source>
        <translation>%1 毫秒内未完成握手（connect_timeout_ms）</translation>
    </message>
    <message>
        <source>tls.ca_file: no PEM certificate could be read from %1</source>
        <translation>tls.ca_file：无法从 %1 读取任何 PEM 证书</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate (SHA-256 %1) matches no tls.pin_sha256</source>
        <translation>TLS：服务器证书（SHA-256 %1）与 tls.pin_sha256 中的任何指纹都不匹配</translation>
    </message>
    <message>
        <source>urls[%1]: the host %2 cannot be resolved (%3)</source>
        <translation>urls[%1]：无法解析主机 %2（%3）</translation>
    </message>
    <message>
        <source>The server sent a text message that is not valid UTF-8; closed with 1007 as RFC 6455 requires, and the message was not shown.</source>
        <translation>服务器发送的文本消息不是有效的 UTF-8；已按 RFC 6455 的要求以 1007 关闭连接，该消息未显示。</translation>
    </message>
    <message>
        <source>The server sent a message larger than max_message_bytes (%1 bytes); closed with 1009.</source>
        <translation>服务器发送的消息超过 max_message_bytes（%1 字节）；已以 1009 关闭连接。</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1). Check headers and tokens, then retry; set reconnect.retry_auth_failures to keep retrying.</source>
        <translation>服务器拒绝了凭据（HTTP %1）。请检查请求头和令牌后再重试；若要持续重连，请设置 reconnect.retry_auth_failures。</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1); retrying.</source>
        <translation>服务器拒绝了凭据（HTTP %1）；正在重试。</translation>
    </message>
    <message>
        <source>Configuration error: the server has no WebSocket at %1 (HTTP %2). Check urls.</source>
        <translation>配置错误：服务器在 %1 上没有 WebSocket（HTTP %2）。请检查 urls。</translation>
    </message>
    <message>
        <source>The server is rate limiting connections (HTTP 429); backing off.</source>
        <translation>服务器正在限制连接速率（HTTP 429）；按指数退避等待。</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1); backing off.</source>
        <translation>服务器不可用（HTTP %1）；按指数退避等待。</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade (HTTP %1).</source>
        <translation>服务器拒绝了 WebSocket 升级（HTTP %1）。</translation>
    </message>
    <message>
        <source>TLS certificate rejected: %1. Certificate %2, SHA-256 %3</source>
        <translation>TLS 证书被拒绝：%1。证书 %2，SHA-256 %3</translation>
    </message>
    <message>
        <source>TLS certificate rejected: %1. Certificate %2, SHA-256 %3 matches no tls.pin_sha256</source>
        <translation>TLS 证书被拒绝：%1。证书 %2，SHA-256 %3 与 tls.pin_sha256 中的任何指纹都不匹配</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>（无证书）</translation>
    </message>
</context>
<context>
    <name>EndpointConfig</name>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected one of none, full, equal, decorrelated</source>
        <translation>应为以下之一：none, full, equal, decorrelated</translation>
    </message>
    <message>
        <source>expected one of ping, text, json, passive</source>
        <translation>应为以下之一：ping, text, json, passive</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;, %2</source>
        <translation>未知的模式 &quot;%1&quot;，%2</translation>
    </message>
    <message>
        <source>not used in %1 mode</source>
        <translation>%1 模式下不使用此项</translation>
    </message>
    <message>
        <source>expected a string in text mode</source>
        <translation>text 模式下应为字符串</translation>
    </message>
    <message>
        <source>expected an object {&quot;field&quot;: ..., &quot;equals&quot;: ...} in json mode</source>
        <translation>json 模式下应为对象 {&quot;field&quot;: ..., &quot;equals&quot;: ...}</translation>
    </message>
    <message>
        <source>unknown jitter &quot;%1&quot;, %2</source>
        <translation>未知的抖动类型 &quot;%1&quot;，%2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>长度不能超过 %1 个字符</translation>
    </message>
    <message>
        <source>contains %1, which is not allowed (use letters, digits, spaces and - _ . :)</source>
        <translation>包含不允许的字符 %1（请使用字母、数字、空格以及 - _ . :）</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>开头和结尾不能是空格</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got none</source>
        <translation>协议必须为 ws 或 wss，但未指定协议</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got %1</source>
        <translation>协议必须为 ws 或 wss，实际为 %1</translation>
    </message>
    <message>
        <source>missing host</source>
        <translation>缺少主机</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, written out; only the rest of the URL may use ${VAR}</source>
        <translation>协议必须直接写明为 ws 或 wss；只有 URL 的其余部分可以使用 ${VAR}</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>expected an object of header names to strings</source>
        <translation>应为由请求头名称映射到字符串的对象</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>must list at least one URL</source>
        <translation>必须至少列出一个 URL</translation>
    </message>
    <message>
        <source>a header name must not be empty</source>
        <translation>请求头名称不能为空</translation>
    </message>
    <message>
        <source>not a valid HTTP header name</source>
        <translation>不是有效的 HTTP 请求头名称</translation>
    </message>
    <message>
        <source>duplicate header name</source>
        <translation>请求头名称重复</translation>
    </message>
    <message>
        <source>a header value must not contain line breaks or NUL</source>
        <translation>请求头的值不能包含换行符或 NUL</translation>
    </message>
    <message>
        <source>not a valid subprotocol name</source>
        <translation>不是有效的子协议名称</translation>
    </message>
    <message>
        <source>must not be empty in text mode</source>
        <translation>text 模式下不能为空</translation>
    </message>
    <message>
        <source>must be a JSON object in json mode</source>
        <translation>json 模式下必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <source>must be at least initial_ms (%1)</source>
        <translation>不能小于 initial_ms（%1）</translation>
    </message>
    <message>
        <source>must be a number of at least 1.0</source>
        <translation>必须是不小于 1.0 的数字</translation>
    </message>
    <message>
        <source>close code must be between 1000 and 4999, got %1</source>
        <translation>关闭码必须在 1000 到 4999 之间，实际为 %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>cannot read the file %1</source>
        <translation>无法读取文件 %1</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>应为 SHA-256 指纹：64 位十六进制数字，可带冒号</translation>
    </message>
    <message>
        <source>close code %1 never reaches the client: it is reserved or not accepted by Qt (use 1000-1003, 1007-1011 or 3000-4999)</source>
        <translation>关闭代码 %1 永远不会到达客户端：它是保留代码，或 Qt 不接受（请使用 1000-1003、1007-1011 或 3000-4999）</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A unique label: letters, digits, spaces and - _ . :</source>
        <translation>唯一的标签：可使用字母、数字、空格以及 - _ . :</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>wss://primary.example/feed
wss://backup.example/feed</source>
        <translation>wss://primary.example/feed
wss://backup.example/feed</translation>
    </message>
    <message>
        <source>One ws:// or wss:// URL per line. The first is the primary, the others are tried in turn when it fails. ${VAR} is taken from the environment.</source>
        <translation>每行一个 ws:// 或 wss:// URL。第一个为主 URL，主 URL 失败时依次尝试其余 URL。${VAR} 取自环境变量。</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Authorization: Bearer ${TOKEN}</source>
        <translation>Authorization: Bearer ${TOKEN}</translation>
    </message>
    <message>
        <source>Extra handshake headers, one &quot;Name: value&quot; per line.</source>
        <translation>额外的握手请求头，每行一个 &quot;名称: 值&quot;。</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>WebSocket subprotocols to offer, separated by commas.</source>
        <translation>要提供的 WebSocket 子协议，以逗号分隔。</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>子协议(&amp;S)：</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>连接超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Heartbeat mode</source>
        <translation>心跳模式</translation>
    </message>
    <message>
        <source>Ping frames</source>
        <extracomment>Heartbeat mode: RFC 6455 ping frames</extracomment>
        <translation>Ping 帧</translation>
    </message>
    <message>
        <source>Text message</source>
        <extracomment>Heartbeat mode: a text message such as &quot;ping&quot;</extracomment>
        <translation>文本消息</translation>
    </message>
    <message>
        <source>JSON message</source>
        <extracomment>Heartbeat mode: a JSON object such as {&quot;type&quot;:&quot;ping&quot;}</extracomment>
        <translation>JSON 消息</translation>
    </message>
    <message>
        <source>Passive (watch traffic)</source>
        <extracomment>Heartbeat mode: send nothing, any inbound traffic proves the link alive</extracomment>
        <translation>被动（监视流量）</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>心跳间隔</translation>
    </message>
    <message>
        <source>Heartbeat timeout</source>
        <translation>心跳超时</translation>
    </message>
    <message>
        <source>Heartbeats missed before the link is dead</source>
        <translation>判定连接断开前允许丢失的心跳数</translation>
    </message>
    <message>
        <source>Any inbound message &amp;answers the heartbeat</source>
        <translation>任何入站消息均视为心跳应答(&amp;A)</translation>
    </message>
    <message>
        <source>Any inbound message answers the heartbeat</source>
        <translation>任何入站消息均视为心跳应答</translation>
    </message>
    <message>
        <source>Heartbeat payload</source>
        <translation>心跳内容</translation>
    </message>
    <message>
        <source>What to send; empty means the default for the mode.</source>
        <translation>要发送的内容；留空则使用该模式的默认值。</translation>
    </message>
    <message>
        <source>Expected reply</source>
        <translation>预期回复</translation>
    </message>
    <message>
        <source>Reply field</source>
        <translation>回复字段</translation>
    </message>
    <message>
        <source>Reply field value</source>
        <translation>回复字段值</translation>
    </message>
    <message>
        <source>A JSON value; a plain word is taken as a string.</source>
        <translation>JSON 值；普通单词将被视为字符串。</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M)：</translation>
    </message>
    <message>
        <source>Ma&amp;x missed:</source>
        <translation>最多丢失(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>内容(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Expected reply:</source>
        <translation>预期回复(&amp;E)：</translation>
    </message>
    <message>
        <source>Reply &amp;field:</source>
        <translation>回复字段(&amp;F)：</translation>
    </message>
    <message>
        <source>Reply field &amp;equals:</source>
        <translation>回复字段等于(&amp;E)：</translation>
    </message>
    <message>
        <source>Initial reconnect delay</source>
        <translation>初始重连延迟</translation>
    </message>
    <message>
        <source>Maximum reconnect delay</source>
        <translation>最大重连延迟</translation>
    </message>
    <message>
        <source>Reconnect delay factor</source>
        <translation>重连延迟系数</translation>
    </message>
    <message>
        <source>Reconnect jitter</source>
        <translation>重连抖动</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Reconnect jitter: the delay exactly</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Full</source>
        <extracomment>Reconnect jitter: uniform between 0 and the delay</extracomment>
        <translation>完全</translation>
    </message>
    <message>
        <source>Equal</source>
        <extracomment>Reconnect jitter: uniform between half the delay and the delay</extracomment>
        <translation>均等</translation>
    </message>
    <message>
        <source>Decorrelated</source>
        <extracomment>Reconnect jitter: uniform between the initial delay and three times the previous one</extracomment>
        <translation>去相关</translation>
    </message>
    <message>
        <source>Maximum reconnect attempts</source>
        <translation>最大重连次数</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <extracomment>Maximum reconnect attempts of 0</extracomment>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Stable connection time</source>
        <translation>稳定连接时长</translation>
    </message>
    <message>
        <source>Slow retry interval</source>
        <translation>慢速重试间隔</translation>
    </message>
    <message>
        <source>Close codes that stop retrying</source>
        <translation>停止重试的关闭码</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重连</translation>
    </message>
    <message>
        <source>I&amp;nitial delay:</source>
        <translation>初始延迟(&amp;N)：</translation>
    </message>
    <message>
        <source>Maximum &amp;delay:</source>
        <translation>最大延迟(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>系数(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>抖动(&amp;J)：</translation>
    </message>
    <message>
        <source>Max &amp;attempts:</source>
        <translation>最大尝试次数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Stable after:</source>
        <translation>稳定时长(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;low retry every:</source>
        <translation>慢速重试间隔(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Close codes that stop retrying:</source>
        <translation>停止重试的关闭码(&amp;C)：</translation>
    </message>
    <message>
        <source>Messages sent on open</source>
        <translation>连接建立时发送的消息</translation>
    </message>
    <message>
        <source>Sent in order after every open, one message per line.</source>
        <translation>每次连接建立后按顺序发送，每行一条消息。</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>停滞判定时长</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Stale threshold of 0</extracomment>
        <translation>从不</translation>
    </message>
    <message>
        <source>Offline send queue limit</source>
        <translation>离线发送队列上限</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>On &amp;open:</source>
        <translation>连接时发送(&amp;O)：</translation>
    </message>
    <message>
        <source>Stale a&amp;fter:</source>
        <translation>停滞判定时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Send &amp;queue limit:</source>
        <translation>发送队列上限(&amp;Q)：</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a spin box: milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a close code (expected numbers separated by commas)</source>
        <translation>&quot;%1&quot; 不是关闭码（应为以逗号分隔的数字）</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>A PEM file with CA certificates to trust in addition to the system&apos;s.</source>
        <translation>除系统证书外额外信任的 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation>固定的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>AB:CD:…:EF, one per line</source>
        <extracomment>Placeholder of the pinned fingerprints field; keep the hex digits</extracomment>
        <translation>AB:CD:…:EF，每行一个</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of the server certificate, one per line (64 hex digits, colons allowed). When set, only a certificate with one of them is accepted, even a self-signed one.</source>
        <translation>服务器证书的 SHA-256 指纹，每行一个（64 位十六进制数字，可带冒号）。设置后只接受指纹匹配的证书，自签名证书也可以。</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS 安全连接</translation>
    </message>
    <message>
        <source>For wss:// URLs. The system&apos;s CA certificates are always trusted.</source>
        <translation>用于 wss:// 地址。系统的 CA 证书始终受信任。</translation>
    </message>
    <message>
        <source>CA &amp;bundle file:</source>
        <translation>CA 证书文件(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256 fingerprints:</source>
        <translation>固定的 SHA-256 指纹(&amp;P)：</translation>
    </message>
    <message>
        <source>Retr&amp;y after HTTP 401/403</source>
        <translation>HTTP 401/403 后仍重试(&amp;Y)</translation>
    </message>
    <message>
        <source>Retry after HTTP 401/403</source>
        <translation>HTTP 401/403 后仍重试</translation>
    </message>
    <message>
        <source>Keep retrying when the server refuses the credentials. When off, the endpoint stops until the headers are fixed.</source>
        <translation>服务器拒绝凭据时继续重试。关闭时，端点会停止，直到请求头被修正。</translation>
    </message>
    <message>
        <source>Sequence field</source>
        <translation>序号字段</translation>
    </message>
    <message>
        <source>The JSON member that numbers each message; missing numbers show as gaps. Empty: off.</source>
        <translation>为每条消息编号的 JSON 字段；缺失的序号显示为缺口。留空：关闭。</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>最大消息大小</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>Unit suffix of a spin box: kibibytes</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>The largest incoming message, from 1 KiB to 1 GiB (1048576 KiB). A larger one closes the link with code 1009.</source>
        <translation>允许接收的最大消息，1 KiB 到 1 GiB（1048576 KiB）。更大的消息会以代码 1009 关闭连接。</translation>
    </message>
    <message>
        <source>Sequence fie&amp;ld:</source>
        <translation>序号字段(&amp;L)：</translation>
    </message>
    <message>
        <source>Max message si&amp;ze:</source>
        <translation>最大消息大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses</extracomment>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message numerus="yes">
        <source>%n ms</source>
        <extracomment>A short duration in milliseconds</extracomment>
        <translation>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A short duration in seconds</extracomment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes</extracomment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>normal</source>
        <extracomment>WebSocket close code 1000</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>going away</source>
        <extracomment>WebSocket close code 1001</extracomment>
        <translation>离开</translation>
    </message>
    <message>
        <source>protocol error</source>
        <extracomment>WebSocket close code 1002</extracomment>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <extracomment>WebSocket close code 1003</extracomment>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <source>abnormal</source>
        <extracomment>WebSocket close code 1006: the link dropped without a close frame</extracomment>
        <translation>异常关闭</translation>
    </message>
    <message>
        <source>policy violation</source>
        <extracomment>WebSocket close code 1008</extracomment>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>message too big</source>
        <extracomment>WebSocket close code 1009</extracomment>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>server error</source>
        <extracomment>WebSocket close code 1011</extracomment>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>Endpoint state: not started yet</extracomment>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Endpoint state: the link is open and healthy</extracomment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>Endpoint state: the link is open but the feed has gone quiet</extracomment>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <extracomment>Endpoint state: waiting before the next connection attempt (backoff)</extracomment>
        <translation>等待重连</translation>
    </message>
    <message>
        <source>Gave up</source>
        <extracomment>Endpoint state: too many failed attempts; retrying slowly</extracomment>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Closing</source>
        <extracomment>Endpoint state: the link is being closed</extracomment>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>no heartbeat reply, silent %1</source>
        <extracomment>Why a link was dropped; %1 is a duration such as &quot;400 ms&quot;</extracomment>
        <translation>无心跳回复，已静默 %1</translation>
    </message>
    <message>
        <source>silent %1</source>
        <extracomment>Why a feed is stale; %1 is a duration such as &quot;10 s&quot;</extracomment>
        <translation>已静默 %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <extracomment>A connection attempt; %1 is its number in the current series of failures</extracomment>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <extracomment>%1 is a duration such as &quot;4 s&quot;</extracomment>
        <translation>%1 后重试</translation>
    </message>
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>已尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: connection state</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: endpoint name</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Uptime</source>
        <extracomment>Column header: how long the current link has been open</extracomment>
        <translation>连接时长</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <source>Attempt</source>
        <extracomment>Column header: connection attempts in the current series of failures, and the retry countdown</extracomment>
        <translation>尝试</translation>
    </message>
    <message>
        <source>RTT</source>
        <extracomment>Column header: heartbeat round-trip time</extracomment>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <extracomment>Column header: messages received per second</extracomment>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Last close</source>
        <extracomment>Column header: the last close code and reason, or the last error</extracomment>
        <translation>最近关闭</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Heartbeat round-trip time in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <extracomment>%1 is the number of attempts so far; the next one is due now</extracomment>
        <translation>%1 · 正在重试</translation>
    </message>
    <message numerus="yes">
        <source>%1 · retry in %n min</source>
        <extracomment>%1 is the number of attempts so far; the next one starts in %n minutes</extracomment>
        <translation>
            <numerusform>%1 · %n 分钟后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · retry in %n s</source>
        <extracomment>%1 is the number of attempts so far; the next one starts in %n seconds</extracomment>
        <translation>
            <numerusform>%1 · %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <extracomment>One state change in the tooltip: time, old state → new state</extracomment>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>heartbeat timeout</source>
        <translation>心跳超时</translation>
    </message>
    <message>
        <source>Gaps</source>
        <extracomment>Column header: how many messages are missing, judged by their sequence numbers</extracomment>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Gaps are not counted: no sequence field is set for this endpoint.</source>
        <extracomment>Tooltip of an empty Gaps cell</extracomment>
        <translation>不统计缺口：此端点未设置序号字段。</translation>
    </message>
    <message>
        <source>%1 — sequence numbers</source>
        <extracomment>Tooltip heading of the Gaps column; %1 is the endpoint name</extracomment>
        <translation>%1 — 序号</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) missing</source>
        <extracomment>Numbers skipped in the sequence field, counted one by one</extracomment>
        <translation>
            <numerusform>缺失 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <extracomment>Jumps in the sequence field; one jump can skip many numbers</extracomment>
        <translation>
            <numerusform>%n 处缺口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate message(s)</source>
        <extracomment>Messages whose sequence number was seen before</extracomment>
        <translation>
            <numerusform>%n 条重复消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence reset(s)</source>
        <extracomment>Times the sequence numbers started over (e.g. the server restarted)</extracomment>
        <translation>
            <numerusform>序号重置 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FdLimit</name>
    <message>
        <source>%1 endpoints need about %2 open files, but this process may open only %3 (the hard limit, ulimit -Hn). Raise it (for example LimitNOFILE= in a systemd unit, or /etc/security/limits.conf) or split the endpoints across several instances.</source>
        <extracomment>%1 endpoints, %2 file descriptors needed, %3 the limit</extracomment>
        <translation>%1 个端点大约需要 %2 个打开的文件，但此进程最多只能打开 %3 个（硬限制，ulimit -Hn）。请提高该限制（例如在 systemd 单元中设置 LimitNOFILE=，或修改 /etc/security/limits.conf），或把端点分散到多个实例中。</translation>
    </message>
</context>
<context>
    <name>FeedServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>%1 is not a loopback address; binding it needs allow_remote (--allow-remote)</source>
        <translation>%1 不是回环地址；绑定该地址需要启用 allow_remote（--allow-remote）</translation>
    </message>
    <message>
        <source>close code %1 cannot be sent in a close frame</source>
        <translation>关闭代码 %1 不能在关闭帧中发送</translation>
    </message>
</context>
<context>
    <name>FeedServerConfig</name>
    <message>
        <source>expected an array of feeds</source>
        <translation>应为数据流数组</translation>
    </message>
    <message>
        <source>must be a close code between 1000 and 4999, got %1</source>
        <translation>必须是 1000 到 4999 之间的关闭码，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is reserved and cannot be sent in a close frame</source>
        <translation>%1 是保留值，不能在关闭帧中发送</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>必须以 / 开头</translation>
    </message>
    <message>
        <source>must not contain spaces, control characters, ? or #</source>
        <translation>不能包含空格、控制字符、? 或 #</translation>
    </message>
    <message>
        <source>must be an IP address</source>
        <translation>必须是 IP 地址</translation>
    </message>
    <message>
        <source>%1 is not a loopback address; set allow_remote to bind it</source>
        <translation>%1 不是回环地址；如需绑定该地址，请设置 allow_remote</translation>
    </message>
    <message>
        <source>must list at least one feed</source>
        <translation>必须至少列出一个数据流</translation>
    </message>
    <message>
        <source>%1 is already served by %2</source>
        <translation>%1 已由 %2 提供</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>must be valid JSON: %1</source>
        <translation>必须是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>must be greater than 0 while heartbeats are on</source>
        <translation>启用心跳时必须大于 0</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>must be at least high_water_bytes (%1)</source>
        <translation>不能小于 high_water_bytes（%1）</translation>
    </message>
    <message>
        <source>must be between -1 (any free port) and 65535</source>
        <translation>必须在 -1（任意空闲端口）到 65535 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; 不是 IP 地址</translation>
    </message>
    <message>
        <source>expected connection or feed</source>
        <translation>应为 connection 或 feed</translation>
    </message>
    <message>
        <source>unknown seq_scope &quot;%1&quot;, %2</source>
        <translation>未知的 seq_scope“%1”，%2</translation>
    </message>
    <message>
        <source>feed needs a rate above 0</source>
        <translation>feed 需要大于 0 的速率</translation>
    </message>
</context>
<context>
    <name>FeedServerControl</name>
    <message>
        <source>%1: expected an integer from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1: 应为 %2 到 %3 之间的整数，实际为 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>on: expected 1 or 0, got &quot;%1&quot;</source>
        <translation>on: 应为 1 或 0，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot listen for control on 127.0.0.1:%1</source>
        <translation>无法在 127.0.0.1:%1 上监听控制请求</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message numerus="yes">
        <source>feedpulse: the config has %n problem(s); nothing was started.</source>
        <translation>
            <numerusform>feedpulse: 配置中有 %n 个问题，未启动任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log record(s) were overwritten before they could be printed</source>
        <translation>
            <numerusform>有 %n 条日志记录在输出前已被覆盖</numerusform>
        </translation>
    </message>
    <message>
        <source>command is not valid JSON: %1</source>
        <translation>命令不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>command must be a JSON object</source>
        <translation>命令必须是 JSON 对象</translation>
    </message>
    <message>
        <source>command has no &quot;cmd&quot; string</source>
        <translation>命令缺少字符串类型的 &quot;cmd&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected send, retry, stop, start or quit)</source>
        <translation>未知命令 &quot;%1&quot;（应为 send, retry, stop, start 或 quit）</translation>
    </message>
    <message>
        <source>%1: no such endpoint</source>
        <translation>%1: 端点不存在</translation>
    </message>
    <message>
        <source>%1: &quot;endpoint&quot; must be a string</source>
        <translation>%1: &quot;endpoint&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>%1: shutting down, command ignored</source>
        <translation>%1: 正在关闭，已忽略该命令</translation>
    </message>
    <message>
        <source>send: &quot;text&quot; must be a string</source>
        <translation>send: &quot;text&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>feedpulse: serving metrics on %1</source>
        <translation>feedpulse：指标服务地址 %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown key (use &quot;urls&quot;, an array of strings)</source>
        <translation>未知的键（请使用 &quot;urls&quot;，即字符串数组）</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected an integer between %1 and %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>应为字符串数组</translation>
    </message>
    <message>
        <source>expected an array of integers</source>
        <translation>应为整数数组</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列存在 JSON 语法错误：%3</translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LogFilterProxyModel</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <extracomment>%1 is a character position in the pattern, %2 the reason</extracomment>
        <translation>正则表达式在位置 %1 处无效：%2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>in</source>
        <extracomment>Message direction: received from the endpoint</extracomment>
        <translation>接收</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Message direction: sent to the endpoint</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>event</source>
        <extracomment>Log row that is an engine event, not a message</extracomment>
        <translation>事件</translation>
    </message>
    <message numerus="yes">
        <source>&lt;binary %n bytes&gt;</source>
        <extracomment>A binary message in the log; %n is its size</extracomment>
        <translation>
            <numerusform>&lt;二进制，%n 字节&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column header: message size in bytes</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>LogRecorder</name>
    <message>
        <source>There is no message log to record.</source>
        <translation>没有可记录的消息日志。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2. Recording has stopped.</source>
        <translation>无法写入日志文件 %1：%2。记录已停止。</translation>
    </message>
    <message>
        <source>Cannot create the log file %1 in %2: %3</source>
        <extracomment>%1 is a file, %2 its directory, %3 the system&apos;s reason</extracomment>
        <translation>无法在 %2 中创建日志文件 %1：%3</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Show inbound messages</source>
        <translation>显示接收的消息</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Show outbound messages</source>
        <translation>显示发送的消息</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Show engine events</source>
        <translation>显示引擎事件</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Filter text is a regular expression</source>
        <translation>筛选文本为正则表达式</translation>
    </message>
    <message>
        <source>Hide heartbeats</source>
        <translation>隐藏心跳</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自动滚动</translation>
    </message>
    <message>
        <source>Scroll to new messages as they arrive</source>
        <translation>有新消息到达时自动滚动到新消息</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>端点筛选</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>文本筛选</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>筛选错误</translation>
    </message>
    <message>
        <source>Pause the log</source>
        <translation>暂停日志</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <source>Export the shown messages</source>
        <translation>导出当前显示的消息</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>丢弃的消息</translation>
    </message>
    <message>
        <source>Messages that are not in the log because it was full, paused too long, or could not keep up.</source>
        <translation>因日志已满、暂停过久或处理不及而未记入日志的消息。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <extracomment>Endpoint filter entry that shows every endpoint</extracomment>
        <translation>所有端点</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Resume the log</source>
        <translation>恢复日志</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>Shown next to the log when messages could not be kept</extracomment>
        <translation>
            <numerusform>已丢弃 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl)</source>
        <extracomment>File dialog filter</extracomment>
        <translation>换行分隔的 JSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File dialog filter</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Log</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
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
        <translation>端点</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>记录已停止：%1</translation>
    </message>
    <message>
        <source>Connect &amp;all</source>
        <translation>全部连接(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Disconnect all</source>
        <translation>全部断开(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>断开(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Send message…</source>
        <translation>发送消息(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Add endpoint…</source>
        <translation>添加端点(&amp;A)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connected</source>
        <extracomment>The status bar summary; %1 endpoints are connected out of %n</extracomment>
        <translation>
            <numerusform>已连接 %1/%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconnecting</source>
        <translation>
            <numerusform>%n 个正在重连</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read, so FeedPulse started without its endpoints. The file was not changed.</source>
        <translation>无法读取 %1，因此 FeedPulse 启动时未加载其中的端点。该文件未被更改。</translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation>已将副本保留为 %1。</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Recording not started: %1</source>
        <translation>记录未启动：%1</translation>
    </message>
    <message>
        <source>The language changes when FeedPulse starts again.</source>
        <translation>语言将在 FeedPulse 重新启动后更改。</translation>
    </message>
    <message>
        <source>Sent to %1 (queued while it is offline)</source>
        <translation>已发送到 %1（端点离线，已加入队列）</translation>
    </message>
    <message>
        <source>The changes are applied but could not be saved to %1: %2</source>
        <translation>更改已应用，但无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be read when FeedPulse started, so it was not replaced: %2</source>
        <translation>FeedPulse 启动时无法读取 %1，因此未替换该文件：%2</translation>
    </message>
    <message>
        <source>A copy of it is kept as %1.</source>
        <translation>已将其副本保存为 %1。</translation>
    </message>
    <message>
        <source>Replace it with the endpoints you see now?</source>
        <translation>要用当前显示的端点替换它吗？</translation>
    </message>
    <message>
        <source>Serving metrics on %1</source>
        <translation>指标服务地址：%1</translation>
    </message>
    <message>
        <source>Metrics are off: %1</source>
        <translation>指标服务未开启：%1</translation>
    </message>
</context>
<context>
    <name>MessageDetailsView</name>
    <message>
        <source>Message details</source>
        <translation>消息详情</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>消息摘要</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>选择一条消息以查看完整内容。</translation>
    </message>
    <message numerus="yes">
        <source>… %n more bytes not shown</source>
        <extracomment>Hex dump of a large binary message; %n bytes are not shown</extracomment>
        <translation>
            <numerusform>… 还有 %n 字节未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3  %4  %n bytes</source>
        <extracomment>Details header: seq, local time, endpoint, direction (in/out/event), size in bytes</extracomment>
        <translation>
            <numerusform>#%1  %2  %3  %4  %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>(heartbeat)</source>
        <translation>（心跳）</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>cannot serve metrics on %1:%2: %3</source>
        <extracomment>%1 is an address such as 127.0.0.1, %2 the port, %3 the system&apos;s reason</extracomment>
        <translation>无法在 %1:%2 上提供指标：%3</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 is down</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 已断开</translation>
    </message>
    <message numerus="yes">
        <source>The connection was lost %n second(s) ago and is being re-established.</source>
        <translation>
            <numerusform>连接已于 %n 秒前断开，正在重新建立。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave up</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 已放弃重连</translation>
    </message>
    <message>
        <source>Repeated connection attempts failed; it now retries at a slower pace.</source>
        <translation>多次连接尝试均失败，现已改为慢速重试。</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 已恢复</translation>
    </message>
    <message numerus="yes">
        <source>The connection is open again after %n second(s) without it.</source>
        <translation>
            <numerusform>连接在中断 %n 秒后已恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is open again.</source>
        <translation>连接已恢复。</translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <source>Send as &amp;JSON</source>
        <translation>作为 JSON 发送(&amp;J)</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>发送到 %1</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Send as JSON</source>
        <translation>作为 JSON 发送</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息为空。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2.</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 the character offset</extracomment>
        <translation>不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>expected a whole number between %1 and %2, got &quot;%3&quot;</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>expected PATH[:RATE[:SIZE]], got &quot;%1&quot;</source>
        <translation>应为 PATH[:RATE[:SIZE]]，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; in &quot;%2&quot; is not a number</source>
        <translation>&quot;%2&quot; 中的速率 &quot;%1&quot; 不是数字</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; in &quot;%2&quot; is not a whole number</source>
        <translation>&quot;%2&quot; 中的大小 &quot;%1&quot; 不是整数</translation>
    </message>
    <message>
        <source>Serve WebSocket feeds with heartbeats, presence and fault switches, for testing FeedPulse and other clients.</source>
        <translation>提供带有心跳、在线状态和故障开关的 WebSocket 数据流，用于测试 FeedPulse 及其他客户端。</translation>
    </message>
    <message>
        <source>Server config file (JSON); flags override it.</source>
        <translation>服务器配置文件（JSON）；命令行选项会覆盖其中的设置。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认为 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Allow binding an address that is not loopback.</source>
        <translation>允许绑定非回环地址。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation>监听端口；0 表示自动选择空闲端口（默认为 0）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Serve a feed on PATH at RATE messages a second (0: as fast as the client reads), padded to SIZE bytes. Repeatable; replaces the default /ticker:20.</source>
        <translation>在 PATH 上提供数据流，每秒发送 RATE 条消息（0：按客户端读取的最快速度发送），每条消息填充至 SIZE 字节。可重复指定；会替换默认的 /ticker:20。</translation>
    </message>
    <message>
        <source>path[:rate[:size]]</source>
        <translation>path[:rate[:size]]</translation>
    </message>
    <message>
        <source>Text message answered as a ping (default &quot;ping&quot;).</source>
        <translation>作为 ping 进行应答的文本消息（默认为 &quot;ping&quot;）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Reply to the text ping (default &quot;pong&quot;).</source>
        <translation>对文本 ping 的回复（默认为 &quot;pong&quot;）。</translation>
    </message>
    <message>
        <source>&quot;type&quot; of a JSON message answered as a ping (default &quot;ping&quot;).</source>
        <translation>作为 ping 进行应答的 JSON 消息的 &quot;type&quot; 值（默认为 &quot;ping&quot;）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reply to a JSON ping (default {&quot;type&quot;:&quot;pong&quot;}).</source>
        <translation>对 JSON ping 的回复（默认为 {&quot;type&quot;:&quot;pong&quot;}）。</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Ping every client this often; 0 turns heartbeats off (default 30000).</source>
        <translation>按此间隔向每个客户端发送 ping；0 表示关闭心跳（默认为 30000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Evict a client silent this long after a ping (default 10000).</source>
        <translation>发送 ping 后，客户端静默超过此时长即将其驱逐（默认为 10000）。</translation>
    </message>
    <message>
        <source>Close code for evicted clients (default 1001).</source>
        <translation>驱逐客户端时使用的关闭码（默认为 1001）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>关闭码</translation>
    </message>
    <message>
        <source>A client not seen for this long is offline (default 60000).</source>
        <translation>客户端超过此时长没有任何动静即视为离线（默认为 60000）。</translation>
    </message>
    <message>
        <source>Drop a client with more unsent bytes than this (default 8 MiB).</source>
        <translation>断开未发送字节数超过此值的客户端（默认为 8 MiB）。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Rate-0 feeds stop filling a client here (default 256 KiB).</source>
        <translation>客户端的待发送数据达到此值时，速率为 0 的数据流停止继续填充（默认为 256 KiB）。</translation>
    </message>
    <message>
        <source>Fault: leave application pings unanswered.</source>
        <translation>故障：不应答应用层 ping。</translation>
    </message>
    <message>
        <source>Fault: send no feed data; keep sockets open.</source>
        <translation>故障：不发送任何数据流数据，但保持套接字打开。</translation>
    </message>
    <message>
        <source>Fault: close every client every MS milliseconds with CODE (default 1000).</source>
        <translation>故障：每隔 MS 毫秒以关闭码 CODE（默认为 1000）关闭所有客户端。</translation>
    </message>
    <message>
        <source>ms[:code]</source>
        <translation>ms[:code]</translation>
    </message>
    <message>
        <source>Fault: refuse connections for this long after start.</source>
        <translation>故障：启动后在此时长内拒绝连接。</translation>
    </message>
    <message>
        <source>Port of the loopback HTTP control endpoint; -1 picks a free one (default 0: none).</source>
        <translation>回环 HTTP 控制端点的端口；-1 表示自动选择空闲端口（默认为 0：不启用）。</translation>
    </message>
    <message>
        <source>--config: cannot read %1: %2</source>
        <translation>--config: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; 不是 IP 地址</translation>
    </message>
    <message>
        <source>expected MS[:CODE], got &quot;%1&quot;</source>
        <translation>应为 MS[:CODE]，实际为 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>校验信息</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import endpoints from a config file</source>
        <translation>从配置文件导入端点</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export endpoints to a config file</source>
        <translation>将端点导出到配置文件</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>添加端点</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate endpoint</source>
        <translation>复制端点</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <source>Endpoint settings</source>
        <translation>端点设置</translation>
    </message>
    <message>
        <source>Log rows kept</source>
        <translation>日志保留行数</translation>
    </message>
    <message>
        <source>The log view keeps this many rows; the oldest go first.</source>
        <translation>日志视图最多保留此数量的行，超出时最早的行先被移除。</translation>
    </message>
    <message>
        <source>&amp;Record every event to files</source>
        <translation>将所有事件记录到文件(&amp;R)</translation>
    </message>
    <message>
        <source>Record events</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation>记录文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the recording folder</source>
        <translation>选择记录文件夹</translation>
    </message>
    <message>
        <source>Start a new recording file after</source>
        <translation>达到此大小后新建记录文件</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a spin box: mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Recording files kept</source>
        <translation>保留的记录文件数</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>显示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>显示通知</translation>
    </message>
    <message>
        <source>Notification hold time</source>
        <translation>通知保持时间</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A state must last this long before it is notified, so a flapping feed does not flood you.</source>
        <translation>状态须持续此时长才会发出通知，以免频繁波动的数据流造成通知泛滥。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Language choice: follow the system language</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Takes effect the next time FeedPulse starts.</source>
        <translation>下次启动 FeedPulse 时生效。</translation>
    </message>
    <message>
        <source>Metrics port</source>
        <translation>指标端口</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Metrics port 0</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1 at this port.</source>
        <translation>在 127.0.0.1 的此端口上提供 Prometheus 指标。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Rows &amp;kept:</source>
        <translation>保留行数(&amp;K)：</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>New file &amp;after:</source>
        <translation>新建文件阈值(&amp;A)：</translation>
    </message>
    <message>
        <source>Files &amp;kept:</source>
        <translation>保留文件数(&amp;K)：</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>保持时间(&amp;H)：</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Metrics port:</source>
        <translation>指标端口(&amp;M)：</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <extracomment>An endpoint whose name is empty, in the settings list</extracomment>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>endpoint</source>
        <extracomment>The name given to a new endpoint in the settings (letters, digits, spaces, - _ . : only)</extracomment>
        <translation>端点</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported:</source>
        <translation>未导入 &quot;%1&quot;：</translation>
    </message>
    <message>
        <source>Fix the problems first: %1</source>
        <translation>请先修复问题：%1</translation>
    </message>
    <message>
        <source>Import endpoints</source>
        <translation>导入端点</translation>
    </message>
    <message>
        <source>Config files (*.json);;All files (*)</source>
        <translation>配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Export endpoints</source>
        <translation>导出端点</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>another endpoint is also named &quot;%1&quot;</source>
        <translation>另一个端点也名为 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>feedpulse: --%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>feedpulse: --%1 必须是正整数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Watch live WebSocket feeds: heartbeats, reconnection and events.</source>
        <translation>监视实时 WebSocket 数据流：心跳、重连与事件。</translation>
    </message>
    <message>
        <source>Run without a window; print events as JSON lines.</source>
        <translation>无窗口运行；以 JSON 行的形式输出事件。</translation>
    </message>
    <message>
        <source>Endpoint config file (JSON).</source>
        <translation>端点配置文件（JSON）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Stop cleanly after this many seconds.</source>
        <translation>在指定秒数后正常停止。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Include message text in message events.</source>
        <translation>在 message 事件中包含消息文本。</translation>
    </message>
    <message>
        <source>Print a stats event per endpoint this often.</source>
        <translation>按此间隔为每个端点输出一条 stats 事件。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Read JSON commands from standard input.</source>
        <translation>从标准输入读取 JSON 命令。</translation>
    </message>
    <message>
        <source>feedpulse: --headless needs --config FILE</source>
        <translation>feedpulse: --headless 需要配合 --config FILE 使用</translation>
    </message>
    <message>
        <source>Open the window on built-in demo feeds (a local feed server on 127.0.0.1).</source>
        <translation>打开窗口并连接内置的演示数据流（在 127.0.0.1 上运行的本地数据流服务器）。</translation>
    </message>
    <message>
        <source>Language of the window and messages (en, zh_CN, zh_TW).</source>
        <translation>窗口和消息使用的语言（en、zh_CN、zh_TW）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file, then quit.</source>
        <translation>将窗口截图保存到此 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>Wait this long before the screenshot (default 8000).</source>
        <translation>截图前等待此时长（默认为 8000）。</translation>
    </message>
    <message>
        <source>feedpulse: the demo feed server did not start: %1</source>
        <translation>feedpulse: 演示数据流服务器未能启动：%1</translation>
    </message>
    <message>
        <source>FeedPulse — demo</source>
        <translation>FeedPulse — 演示</translation>
    </message>
    <message>
        <source>feedpulse: could not save the screenshot to %1</source>
        <translation>feedpulse: 无法将截图保存到 %1</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-port must be a port number from 0 to 65535, got &quot;%1&quot;</source>
        <translation>feedpulse：--metrics-port 必须是 0 到 65535 之间的端口号，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind must be an IP address, got &quot;%1&quot;</source>
        <translation>feedpulse：--metrics-bind 必须是 IP 地址，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind needs --metrics-port</source>
        <translation>feedpulse：--metrics-bind 需要同时指定 --metrics-port</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at /metrics (and /healthz) on this port; 0 picks a free one.</source>
        <translation>在此端口的 /metrics（以及 /healthz）提供 Prometheus 指标；0 表示自动选择空闲端口。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Address to serve metrics on (default 127.0.0.1).</source>
        <translation>提供指标的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>servermain</name>
    <message numerus="yes">
        <source>%n problem(s); nothing was started.</source>
        <translation>
            <numerusform>有 %n 个问题，未启动任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>control endpoint: %1</source>
        <translation>控制端点：%1</translation>
    </message>
</context>
</TS>
