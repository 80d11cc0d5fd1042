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
    <name>FeedServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>無法在 %1:%2 上監聽：%3</translation>
    </message>
    <message>
        <source>%1 is not a loopback address; binding it needs allow_remote (--allow-remote)</source>
        <translation>%1 不是迴路位址；要繫結此位址需啟用 allow_remote（--allow-remote）</translation>
    </message>
</context>
<context>
    <name>FeedServerConfig</name>
    <message>
        <source>unknown key</source>
        <translation>未知的鍵</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
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
        <source>expected an array of feeds</source>
        <translation>應為資料串流陣列</translation>
    </message>
    <message>
        <source>must be a close code between 1000 and 4999, got %1</source>
        <translation>必須是介於 1000 到 4999 之間的關閉代碼，實際為 %1</translation>
    </message>
    <message>
        <source>%1 is reserved and cannot be sent in a close frame</source>
        <translation>%1 為保留值，不得在關閉訊框中傳送</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不得小於 %1</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>必須以 / 開頭</translation>
    </message>
    <message>
        <source>must not contain spaces, control characters, ? or #</source>
        <translation>不得包含空格、控制字元、? 或 #</translation>
    </message>
    <message>
        <source>must be an IP address</source>
        <translation>必須是 IP 位址</translation>
    </message>
    <message>
        <source>%1 is not a loopback address; set allow_remote to bind it</source>
        <translation>%1 不是迴路位址；如需繫結此位址，請設定 allow_remote</translation>
    </message>
    <message>
        <source>must list at least one feed</source>
        <translation>必須至少列出一個資料串流</translation>
    </message>
    <message>
        <source>%1 is already served by %2</source>
        <translation>%1 已由 %2 提供</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>必須介於 0 到 %1 之間</translation>
    </message>
    <message>
        <source>must be valid JSON: %1</source>
        <translation>必須是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>must be greater than 0 while heartbeats are on</source>
        <translation>啟用心跳時必須大於 0</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>必須大於 0</translation>
    </message>
    <message>
        <source>must be at least high_water_bytes (%1)</source>
        <translation>不得小於 high_water_bytes（%1）</translation>
    </message>
    <message>
        <source>must be between -1 (any free port) and 65535</source>
        <translation>必須介於 -1（任一可用連接埠）到 65535 之間</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; 不是 IP 位址</translation>
    </message>
</context>
<context>
    <name>FeedServerControl</name>
    <message>
        <source>%1: expected an integer from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1: 應為介於 %2 到 %3 之間的整數，實際為 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>on: expected 1 or 0, got &quot;%1&quot;</source>
        <translation>on: 應為 1 或 0，實際為 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot listen for control on 127.0.0.1:%1</source>
        <translation>無法在 127.0.0.1:%1 上監聽控制要求</translation>
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
    <name>ServerOptions</name>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 欄有 JSON 語法錯誤：%3</translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2, got &quot;%3&quot;</source>
        <translation>應為介於 %1 到 %2 之間的整數，實際為 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>expected PATH[:RATE[:SIZE]], got &quot;%1&quot;</source>
        <translation>應為 PATH[:RATE[:SIZE]]，實際為 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; in &quot;%2&quot; is not a number</source>
        <translation>&quot;%2&quot; 中的速率 &quot;%1&quot; 不是數字</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; in &quot;%2&quot; is not a whole number</source>
        <translation>&quot;%2&quot; 中的大小 &quot;%1&quot; 不是整數</translation>
    </message>
    <message>
        <source>Serve WebSocket feeds with heartbeats, presence and fault switches, for testing FeedPulse and other clients.</source>
        <translation>提供具備心跳、上線狀態與故障開關的 WebSocket 資料串流，用於測試 FeedPulse 及其他用戶端。</translation>
    </message>
    <message>
        <source>Server config file (JSON); flags override it.</source>
        <translation>伺服器設定檔（JSON）；命令列選項會覆寫其中的設定。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>要監聽的位址（預設為 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Allow binding an address that is not loopback.</source>
        <translation>允許繫結非迴路位址。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation>要監聽的連接埠；0 表示自動選擇可用的連接埠（預設為 0）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Serve a feed on PATH at RATE messages a second (0: as fast as the client reads), padded to SIZE bytes. Repeatable; replaces the default /ticker:20.</source>
        <translation>在 PATH 上提供資料串流，每秒傳送 RATE 則訊息（0：依用戶端讀取的最快速度傳送），每則訊息填補至 SIZE 位元組。可重複指定；會取代預設的 /ticker:20。</translation>
    </message>
    <message>
        <source>path[:rate[:size]]</source>
        <translation>path[:rate[:size]]</translation>
    </message>
    <message>
        <source>Text message answered as a ping (default &quot;ping&quot;).</source>
        <translation>視為 ping 並予以回應的文字訊息（預設為 &quot;ping&quot;）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Reply to the text ping (default &quot;pong&quot;).</source>
        <translation>對文字 ping 的回覆（預設為 &quot;pong&quot;）。</translation>
    </message>
    <message>
        <source>&quot;type&quot; of a JSON message answered as a ping (default &quot;ping&quot;).</source>
        <translation>視為 ping 並予以回應的 JSON 訊息之 &quot;type&quot; 值（預設為 &quot;ping&quot;）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Reply to a JSON ping (default {&quot;type&quot;:&quot;pong&quot;}).</source>
        <translation>對 JSON ping 的回覆（預設為 {&quot;type&quot;:&quot;pong&quot;}）。</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Ping every client this often; 0 turns heartbeats off (default 30000).</source>
        <translation>依此間隔對每個用戶端傳送 ping；0 表示關閉心跳（預設為 30000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Evict a client silent this long after a ping (default 10000).</source>
        <translation>傳送 ping 後，用戶端靜默超過此時間即予以逐出（預設為 10000）。</translation>
    </message>
    <message>
        <source>Close code for evicted clients (default 1001).</source>
        <translation>逐出用戶端時使用的關閉代碼（預設為 1001）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>關閉代碼</translation>
    </message>
    <message>
        <source>A client not seen for this long is offline (default 60000).</source>
        <translation>用戶端超過此時間沒有任何動靜即視為離線（預設為 60000）。</translation>
    </message>
    <message>
        <source>Drop a client with more unsent bytes than this (default 8 MiB).</source>
        <translation>中斷未傳送位元組數超過此值的用戶端（預設為 8 MiB）。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>位元組數</translation>
    </message>
    <message>
        <source>Rate-0 feeds stop filling a client here (default 256 KiB).</source>
        <translation>用戶端的待傳送資料達到此值時，速率為 0 的資料串流停止繼續填入（預設為 256 KiB）。</translation>
    </message>
    <message>
        <source>Fault: leave application pings unanswered.</source>
        <translation>故障：不回應應用層 ping。</translation>
    </message>
    <message>
        <source>Fault: send no feed data; keep sockets open.</source>
        <translation>故障：不傳送任何資料串流資料，但保持通訊端開啟。</translation>
    </message>
    <message>
        <source>Fault: close every client every MS milliseconds with CODE (default 1000).</source>
        <translation>故障：每隔 MS 毫秒以關閉代碼 CODE（預設為 1000）關閉所有用戶端。</translation>
    </message>
    <message>
        <source>ms[:code]</source>
        <translation>ms[:code]</translation>
    </message>
    <message>
        <source>Fault: refuse connections for this long after start.</source>
        <translation>故障：啟動後在此時間內拒絕連線。</translation>
    </message>
    <message>
        <source>Port of the loopback HTTP control endpoint; -1 picks a free one (default 0: none).</source>
        <translation>迴路 HTTP 控制端點的連接埠；-1 表示自動選擇可用的連接埠（預設為 0：不啟用）。</translation>
    </message>
    <message>
        <source>--config: cannot read %1: %2</source>
        <translation>--config: 無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>最上層應為 JSON 物件</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多餘的引數 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; 不是 IP 位址</translation>
    </message>
    <message>
        <source>expected MS[:CODE], got &quot;%1&quot;</source>
        <translation>應為 MS[:CODE]，實際為 &quot;%1&quot;</translation>
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
<context>
    <name>servermain</name>
    <message numerus="yes">
        <source>%n problem(s); nothing was started.</source>
        <translation>
            <numerusform>有 %n 個問題，未啟動任何項目。</numerusform>
        </translation>
    </message>
    <message>
        <source>control endpoint: %1</source>
        <translation>控制端點：%1</translation>
    </message>
</context>
</TS>
