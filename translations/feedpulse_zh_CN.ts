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
</TS>
