<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfigFile</name>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列存在 JSON 语法错误：%3</translation>
    </message>
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
</context>
<context>
    <name>EndpointConfig</name>
    <message>
        <source>unknown key (use &quot;urls&quot;, an array of strings)</source>
        <translation>未知的键（请使用 &quot;urls&quot;，即字符串数组）</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
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
</context>
<context>
    <name>FeedServerConfig</name>
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
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列存在 JSON 语法错误：%3</translation>
    </message>
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
        <source>feedpulse: this build has no window yet; run it with --headless --config FILE</source>
        <translation>feedpulse: 此版本尚无窗口界面；请使用 --headless --config FILE 运行</translation>
    </message>
    <message>
        <source>feedpulse: --headless needs --config FILE</source>
        <translation>feedpulse: --headless 需要配合 --config FILE 使用</translation>
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
