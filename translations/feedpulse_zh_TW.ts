<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ConfigFile</name>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 欄有 JSON 語法錯誤：%3</translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;version&quot;: 1, &quot;endpoints&quot;: [...]}</source>
        <translation>應為 JSON 物件 {&quot;version&quot;: 1, &quot;endpoints&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的鍵</translation>
    </message>
    <message>
        <source>missing required key, expected %1</source>
        <translation>缺少必要的鍵，應為 %1</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <source>unsupported version %1, expected %2</source>
        <translation>不支援的版本 %1，應為 %2</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>缺少必要的鍵</translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation>應為物件陣列</translation>
    </message>
    <message>
        <source>must list at least one endpoint</source>
        <translation>必須至少列出一個端點</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>duplicates %1 (&quot;%2&quot;)</source>
        <translation>與 %1 重複（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>無法讀取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>無法寫入 &quot;%1&quot;：%2</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected, and the send queue is disabled (send_queue_limit is 0).</source>
        <translation>未連線，且傳送佇列已停用（send_queue_limit 為 0）。</translation>
    </message>
    <message>
        <source>No URL is configured.</source>
        <translation>未設定 URL。</translation>
    </message>
    <message>
        <source>Environment variable(s) not set: %1</source>
        <translation>下列環境變數未設定：%1</translation>
    </message>
    <message>
        <source>Invalid URL %1: %2</source>
        <translation>無效的 URL %1：%2</translation>
    </message>
    <message>
        <source>The server closed with code %1, which is configured not to be retried.</source>
        <translation>伺服器以關閉代碼 %1 關閉了連線，此代碼已設定為不再重新連線。</translation>
    </message>
    <message>
        <source>No handshake within %1 ms (connect_timeout_ms)</source>
        <translation>%1 毫秒內未完成交握（connect_timeout_ms）</translation>
    </message>
</context>
<context>
    <name>EndpointConfig</name>
    <message>
        <source>unknown key (use &quot;urls&quot;, an array of strings)</source>
        <translation>未知的鍵（請使用 &quot;urls&quot;，即字串陣列）</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的鍵</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>應為字串</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>應為 true 或 false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>應為數字</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <source>expected an integer between %1 and %2</source>
        <translation>應為介於 %1 到 %2 之間的整數</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>應為字串陣列</translation>
    </message>
    <message>
        <source>expected an array of integers</source>
        <translation>應為整數陣列</translation>
    </message>
    <message>
        <source>expected one of none, full, equal, decorrelated</source>
        <translation>應為下列其中之一：none, full, equal, decorrelated</translation>
    </message>
    <message>
        <source>expected one of ping, text, json, passive</source>
        <translation>應為下列其中之一：ping, text, json, passive</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;, %2</source>
        <translation>未知的模式 &quot;%1&quot;，%2</translation>
    </message>
    <message>
        <source>not used in %1 mode</source>
        <translation>%1 模式下不使用此項</translation>
    </message>
    <message>
        <source>expected a string in text mode</source>
        <translation>text 模式下應為字串</translation>
    </message>
    <message>
        <source>expected an object {&quot;field&quot;: ..., &quot;equals&quot;: ...} in json mode</source>
        <translation>json 模式下應為物件 {&quot;field&quot;: ..., &quot;equals&quot;: ...}</translation>
    </message>
    <message>
        <source>unknown jitter &quot;%1&quot;, %2</source>
        <translation>未知的抖動類型 &quot;%1&quot;，%2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得為空</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>長度不得超過 %1 個字元</translation>
    </message>
    <message>
        <source>contains %1, which is not allowed (use letters, digits, spaces and - _ . :)</source>
        <translation>包含不允許的字元 %1（請使用字母、數字、空格以及 - _ . :）</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>開頭和結尾不得為空格</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got none</source>
        <translation>協定必須為 ws 或 wss，但未指定協定</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, got %1</source>
        <translation>協定必須為 ws 或 wss，實際為 %1</translation>
    </message>
    <message>
        <source>missing host</source>
        <translation>缺少主機</translation>
    </message>
    <message>
        <source>scheme must be ws or wss, written out; only the rest of the URL may use ${VAR}</source>
        <translation>協定必須直接寫明為 ws 或 wss；只有 URL 的其餘部分可以使用 ${VAR}</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不得小於 %1</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>缺少必要的鍵</translation>
    </message>
    <message>
        <source>expected an object of header names to strings</source>
        <translation>應為由標頭名稱對應到字串的物件</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>must list at least one URL</source>
        <translation>必須至少列出一個 URL</translation>
    </message>
    <message>
        <source>a header name must not be empty</source>
        <translation>標頭名稱不得為空</translation>
    </message>
    <message>
        <source>not a valid HTTP header name</source>
        <translation>不是有效的 HTTP 標頭名稱</translation>
    </message>
    <message>
        <source>duplicate header name</source>
        <translation>標頭名稱重複</translation>
    </message>
    <message>
        <source>a header value must not contain line breaks or NUL</source>
        <translation>標頭值不得包含換行字元或 NUL</translation>
    </message>
    <message>
        <source>not a valid subprotocol name</source>
        <translation>不是有效的子協定名稱</translation>
    </message>
    <message>
        <source>must not be empty in text mode</source>
        <translation>text 模式下不得為空</translation>
    </message>
    <message>
        <source>must be a JSON object in json mode</source>
        <translation>json 模式下必須是 JSON 物件</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不得大於 %1</translation>
    </message>
    <message>
        <source>must be at least initial_ms (%1)</source>
        <translation>不得小於 initial_ms（%1）</translation>
    </message>
    <message>
        <source>must be a number of at least 1.0</source>
        <translation>必須是不小於 1.0 的數字</translation>
    </message>
    <message>
        <source>close code must be between 1000 and 4999, got %1</source>
        <translation>關閉代碼必須介於 1000 到 4999 之間，實際為 %1</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>必須介於 0 到 %1 之間</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message numerus="yes">
        <source>feedpulse: the config has %n problem(s); nothing was started.</source>
        <translation>
            <numerusform>feedpulse: 設定中有 %n 個問題，未啟動任何項目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log record(s) were overwritten before they could be printed</source>
        <translation>
            <numerusform>有 %n 筆日誌記錄在輸出前已被覆寫</numerusform>
        </translation>
    </message>
    <message>
        <source>command is not valid JSON: %1</source>
        <translation>指令不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>command must be a JSON object</source>
        <translation>指令必須是 JSON 物件</translation>
    </message>
    <message>
        <source>command has no &quot;cmd&quot; string</source>
        <translation>指令缺少字串型別的 &quot;cmd&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected send, retry, stop, start or quit)</source>
        <translation>未知的指令 &quot;%1&quot;（應為 send, retry, stop, start 或 quit）</translation>
    </message>
    <message>
        <source>%1: no such endpoint</source>
        <translation>%1: 端點不存在</translation>
    </message>
    <message>
        <source>%1: &quot;endpoint&quot; must be a string</source>
        <translation>%1: &quot;endpoint&quot; 必須是字串</translation>
    </message>
    <message>
        <source>%1: shutting down, command ignored</source>
        <translation>%1: 正在關閉，已忽略此指令</translation>
    </message>
    <message>
        <source>send: &quot;text&quot; must be a string</source>
        <translation>send: &quot;text&quot; 必須是字串</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>feedpulse: --%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>feedpulse: --%1 必須是正整數，實際為 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Watch live WebSocket feeds: heartbeats, reconnection and events.</source>
        <translation>監看即時 WebSocket 資料串流：心跳、重新連線與事件。</translation>
    </message>
    <message>
        <source>Run without a window; print events as JSON lines.</source>
        <translation>不開啟視窗執行；以 JSON 行的形式輸出事件。</translation>
    </message>
    <message>
        <source>Endpoint config file (JSON).</source>
        <translation>端點設定檔（JSON）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Stop cleanly after this many seconds.</source>
        <translation>在指定秒數後正常停止。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <source>Include message text in message events.</source>
        <translation>在 message 事件中包含訊息文字。</translation>
    </message>
    <message>
        <source>Print a stats event per endpoint this often.</source>
        <translation>依此間隔為每個端點輸出一筆 stats 事件。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Read JSON commands from standard input.</source>
        <translation>從標準輸入讀取 JSON 指令。</translation>
    </message>
    <message>
        <source>feedpulse: this build has no window yet; run it with --headless --config FILE</source>
        <translation>feedpulse: 此版本尚無視窗介面；請使用 --headless --config FILE 執行</translation>
    </message>
    <message>
        <source>feedpulse: --headless needs --config FILE</source>
        <translation>feedpulse: --headless 需要搭配 --config FILE 使用</translation>
    </message>
</context>
</TS>
