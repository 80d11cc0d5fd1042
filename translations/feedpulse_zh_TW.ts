<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必須介於 %1 到 %2 之間</translation>
    </message>
    <message>
        <source>must be set when recording is enabled</source>
        <translation>啟用記錄時必須設定</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;, expected one of en, zh_CN, zh_TW or empty for the system language</source>
        <translation>未知的語言 &quot;%1&quot;，應為 en、zh_CN、zh_TW 其中之一，或留空以使用系統語言</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
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
    <message>
        <source>must be between 0 (off) and %1</source>
        <translation>必須介於 0（關閉）和 %1 之間</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>無法讀取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>cannot copy &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>無法將 &quot;%1&quot; 複製到 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has problems (%2) and was not overwritten; fix or remove it first</source>
        <translation>&quot;%1&quot; 有問題（%2），因此未被覆寫；請先修正或移除該檔案</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>無法建立資料夾 &quot;%1&quot;</translation>
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
    <message>
        <source>tls.ca_file: no PEM certificate could be read from %1</source>
        <translation>tls.ca_file：無法從 %1 讀取任何 PEM 憑證</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate (SHA-256 %1) matches no tls.pin_sha256</source>
        <translation>TLS：伺服器憑證（SHA-256 %1）與 tls.pin_sha256 中的任何指紋都不相符</translation>
    </message>
    <message>
        <source>urls[%1]: the host %2 cannot be resolved (%3)</source>
        <translation>urls[%1]：無法解析主機 %2（%3）</translation>
    </message>
    <message>
        <source>The server sent a text message that is not valid UTF-8; closed with 1007 as RFC 6455 requires, and the message was not shown.</source>
        <translation>伺服器傳送的文字訊息不是有效的 UTF-8；已依 RFC 6455 的要求以 1007 關閉連線，該訊息未顯示。</translation>
    </message>
    <message>
        <source>The server sent a message larger than max_message_bytes (%1 bytes); closed with 1009.</source>
        <translation>伺服器傳送的訊息超過 max_message_bytes（%1 位元組）；已以 1009 關閉連線。</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1). Check headers and tokens, then retry; set reconnect.retry_auth_failures to keep retrying.</source>
        <translation>伺服器拒絕了憑證（HTTP %1）。請檢查請求標頭和權杖後再重試；若要持續重新連線，請設定 reconnect.retry_auth_failures。</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1); retrying.</source>
        <translation>伺服器拒絕了憑證（HTTP %1）；正在重試。</translation>
    </message>
    <message>
        <source>Configuration error: the server has no WebSocket at %1 (HTTP %2). Check urls.</source>
        <translation>設定錯誤：伺服器在 %1 上沒有 WebSocket（HTTP %2）。請檢查 urls。</translation>
    </message>
    <message>
        <source>The server is rate limiting connections (HTTP 429); backing off.</source>
        <translation>伺服器正在限制連線速率（HTTP 429）；依指數退避等待。</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1); backing off.</source>
        <translation>伺服器無法使用（HTTP %1）；依指數退避等待。</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade (HTTP %1).</source>
        <translation>伺服器拒絕了 WebSocket 升級（HTTP %1）。</translation>
    </message>
    <message>
        <source>TLS certificate rejected: %1. Certificate %2, SHA-256 %3</source>
        <translation>TLS 憑證被拒絕：%1。憑證 %2，SHA-256 %3</translation>
    </message>
    <message>
        <source>TLS certificate rejected: %1. Certificate %2, SHA-256 %3 matches no tls.pin_sha256</source>
        <translation>TLS 憑證被拒絕：%1。憑證 %2，SHA-256 %3 與 tls.pin_sha256 中的任何指紋都不相符</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>（無憑證）</translation>
    </message>
</context>
<context>
    <name>EndpointConfig</name>
    <message>
        <source>expected a string</source>
        <translation>應為字串</translation>
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
    <message>
        <source>must be between %1 and %2</source>
        <translation>必須介於 %1 到 %2 之間</translation>
    </message>
    <message>
        <source>cannot read the file %1</source>
        <translation>無法讀取檔案 %1</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 中沒有 PEM 憑證</translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>應為 SHA-256 指紋：64 位十六進位數字，可含冒號</translation>
    </message>
    <message>
        <source>close code %1 never reaches the client: it is reserved or not accepted by Qt (use 1000-1003, 1007-1011 or 3000-4999)</source>
        <translation>關閉代碼 %1 永遠不會到達用戶端：它是保留代碼，或 Qt 不接受（請使用 1000-1003、1007-1011 或 3000-4999）</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>A unique label: letters, digits, spaces and - _ . :</source>
        <translation>唯一的標籤：可使用字母、數字、空格以及 - _ . :</translation>
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
        <translation>每行一個 ws:// 或 wss:// URL。第一個為主要 URL，當其失敗時會依序嘗試其他 URL。${VAR} 取自環境變數。</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>標頭</translation>
    </message>
    <message>
        <source>Authorization: Bearer ${TOKEN}</source>
        <translation>Authorization: Bearer ${TOKEN}</translation>
    </message>
    <message>
        <source>Extra handshake headers, one &quot;Name: value&quot; per line.</source>
        <translation>額外的交握標頭，每行一個，格式為 &quot;Name: value&quot;。</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子協定</translation>
    </message>
    <message>
        <source>WebSocket subprotocols to offer, separated by commas.</source>
        <translation>要提供的 WebSocket 子協定，以逗號分隔。</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>標頭(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Subprotocols:</source>
        <translation>子協定(&amp;S)：</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>連線逾時(&amp;T)：</translation>
    </message>
    <message>
        <source>Heartbeat mode</source>
        <translation>心跳模式</translation>
    </message>
    <message>
        <source>Ping frames</source>
        <extracomment>Heartbeat mode: RFC 6455 ping frames</extracomment>
        <translation>Ping 訊框</translation>
    </message>
    <message>
        <source>Text message</source>
        <extracomment>Heartbeat mode: a text message such as &quot;ping&quot;</extracomment>
        <translation>文字訊息</translation>
    </message>
    <message>
        <source>JSON message</source>
        <extracomment>Heartbeat mode: a JSON object such as {&quot;type&quot;:&quot;ping&quot;}</extracomment>
        <translation>JSON 訊息</translation>
    </message>
    <message>
        <source>Passive (watch traffic)</source>
        <extracomment>Heartbeat mode: send nothing, any inbound traffic proves the link alive</extracomment>
        <translation>被動（監看流量）</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>心跳間隔</translation>
    </message>
    <message>
        <source>Heartbeat timeout</source>
        <translation>心跳逾時</translation>
    </message>
    <message>
        <source>Heartbeats missed before the link is dead</source>
        <translation>判定連線失效前可遺漏的心跳次數</translation>
    </message>
    <message>
        <source>Any inbound message &amp;answers the heartbeat</source>
        <translation>任何傳入訊息皆視為心跳回應(&amp;A)</translation>
    </message>
    <message>
        <source>Any inbound message answers the heartbeat</source>
        <translation>任何傳入訊息皆視為心跳回應</translation>
    </message>
    <message>
        <source>Heartbeat payload</source>
        <translation>心跳內容</translation>
    </message>
    <message>
        <source>What to send; empty means the default for the mode.</source>
        <translation>要傳送的內容；留空表示使用該模式的預設值。</translation>
    </message>
    <message>
        <source>Expected reply</source>
        <translation>預期回覆</translation>
    </message>
    <message>
        <source>Reply field</source>
        <translation>回覆欄位</translation>
    </message>
    <message>
        <source>Reply field value</source>
        <translation>回覆欄位值</translation>
    </message>
    <message>
        <source>A JSON value; a plain word is taken as a string.</source>
        <translation>JSON 值；單純的字詞會視為字串。</translation>
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
        <translation>間隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>逾時(&amp;M)：</translation>
    </message>
    <message>
        <source>Ma&amp;x missed:</source>
        <translation>最多遺漏次數(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>內容(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Expected reply:</source>
        <translation>預期回覆(&amp;E)：</translation>
    </message>
    <message>
        <source>Reply &amp;field:</source>
        <translation>回覆欄位(&amp;F)：</translation>
    </message>
    <message>
        <source>Reply field &amp;equals:</source>
        <translation>回覆欄位等於(&amp;E)：</translation>
    </message>
    <message>
        <source>Initial reconnect delay</source>
        <translation>初始重新連線延遲</translation>
    </message>
    <message>
        <source>Maximum reconnect delay</source>
        <translation>最大重新連線延遲</translation>
    </message>
    <message>
        <source>Reconnect delay factor</source>
        <translation>重新連線延遲倍數</translation>
    </message>
    <message>
        <source>Reconnect jitter</source>
        <translation>重新連線抖動</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Reconnect jitter: the delay exactly</extracomment>
        <translation>無</translation>
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
        <translation>去相關</translation>
    </message>
    <message>
        <source>Maximum reconnect attempts</source>
        <translation>最大重新連線嘗試次數</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <extracomment>Maximum reconnect attempts of 0</extracomment>
        <translation>無限制</translation>
    </message>
    <message>
        <source>Stable connection time</source>
        <translation>穩定連線時間</translation>
    </message>
    <message>
        <source>Slow retry interval</source>
        <translation>慢速重試間隔</translation>
    </message>
    <message>
        <source>Close codes that stop retrying</source>
        <translation>停止重試的關閉代碼</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新連線</translation>
    </message>
    <message>
        <source>I&amp;nitial delay:</source>
        <translation>初始延遲(&amp;N)：</translation>
    </message>
    <message>
        <source>Maximum &amp;delay:</source>
        <translation>最大延遲(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>倍數(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>抖動(&amp;J)：</translation>
    </message>
    <message>
        <source>Max &amp;attempts:</source>
        <translation>最大嘗試次數(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Stable after:</source>
        <translation>視為穩定的時間(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;low retry every:</source>
        <translation>慢速重試間隔(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Close codes that stop retrying:</source>
        <translation>停止重試的關閉代碼(&amp;C)：</translation>
    </message>
    <message>
        <source>Messages sent on open</source>
        <translation>連線開啟時傳送的訊息</translation>
    </message>
    <message>
        <source>Sent in order after every open, one message per line.</source>
        <translation>每次連線開啟後依序傳送，每行一則訊息。</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>判定停滯的時間</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Stale threshold of 0</extracomment>
        <translation>永不</translation>
    </message>
    <message>
        <source>Offline send queue limit</source>
        <translation>離線傳送佇列上限</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>On &amp;open:</source>
        <translation>連線開啟時(&amp;O)：</translation>
    </message>
    <message>
        <source>Stale a&amp;fter:</source>
        <translation>判定停滯的時間(&amp;F)：</translation>
    </message>
    <message>
        <source>Send &amp;queue limit:</source>
        <translation>傳送佇列上限(&amp;Q)：</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a spin box: milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a close code (expected numbers separated by commas)</source>
        <translation>&quot;%1&quot; 不是關閉代碼（應為以逗號分隔的數字）</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA 憑證檔案</translation>
    </message>
    <message>
        <source>A PEM file with CA certificates to trust in addition to the system&apos;s.</source>
        <translation>除系統憑證外額外信任的 CA 憑證（PEM 檔案）。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>瀏覽(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>選擇 CA 憑證檔案</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation>固定的 SHA-256 指紋</translation>
    </message>
    <message>
        <source>AB:CD:…:EF, one per line</source>
        <extracomment>Placeholder of the pinned fingerprints field; keep the hex digits</extracomment>
        <translation>AB:CD:…:EF，每行一個</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of the server certificate, one per line (64 hex digits, colons allowed). When set, only a certificate with one of them is accepted, even a self-signed one.</source>
        <translation>伺服器憑證的 SHA-256 指紋，每行一個（64 位十六進位數字，可含冒號）。設定後只接受指紋相符的憑證，自簽憑證也可以。</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS 安全連線</translation>
    </message>
    <message>
        <source>For wss:// URLs. The system&apos;s CA certificates are always trusted.</source>
        <translation>用於 wss:// 網址。系統的 CA 憑證一律受信任。</translation>
    </message>
    <message>
        <source>CA &amp;bundle file:</source>
        <translation>CA 憑證檔案(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256 fingerprints:</source>
        <translation>固定的 SHA-256 指紋(&amp;P)：</translation>
    </message>
    <message>
        <source>Retr&amp;y after HTTP 401/403</source>
        <translation>HTTP 401/403 後仍重試(&amp;Y)</translation>
    </message>
    <message>
        <source>Retry after HTTP 401/403</source>
        <translation>HTTP 401/403 後仍重試</translation>
    </message>
    <message>
        <source>Keep retrying when the server refuses the credentials. When off, the endpoint stops until the headers are fixed.</source>
        <translation>伺服器拒絕憑證時繼續重試。關閉時，端點會停止，直到請求標頭修正為止。</translation>
    </message>
    <message>
        <source>Sequence field</source>
        <translation>序號欄位</translation>
    </message>
    <message>
        <source>The JSON member that numbers each message; missing numbers show as gaps. Empty: off.</source>
        <translation>為每則訊息編號的 JSON 欄位；缺少的序號顯示為缺口。留空：關閉。</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>最大訊息大小</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>Unit suffix of a spin box: kibibytes</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>The largest incoming message, from 1 KiB to 1 GiB (1048576 KiB). A larger one closes the link with code 1009.</source>
        <translation>允許接收的最大訊息，1 KiB 到 1 GiB（1048576 KiB）。更大的訊息會以代碼 1009 關閉連線。</translation>
    </message>
    <message>
        <source>Sequence fie&amp;ld:</source>
        <translation>序號欄位(&amp;L)：</translation>
    </message>
    <message>
        <source>Max message si&amp;ze:</source>
        <translation>最大訊息大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses</extracomment>
        <translation>PEM 憑證 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
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
            <numerusform>%n 分鐘</numerusform>
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
        <translation>離開</translation>
    </message>
    <message>
        <source>protocol error</source>
        <extracomment>WebSocket close code 1002</extracomment>
        <translation>協定錯誤</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <extracomment>WebSocket close code 1003</extracomment>
        <translation>不支援的資料</translation>
    </message>
    <message>
        <source>abnormal</source>
        <extracomment>WebSocket close code 1006: the link dropped without a close frame</extracomment>
        <translation>異常</translation>
    </message>
    <message>
        <source>policy violation</source>
        <extracomment>WebSocket close code 1008</extracomment>
        <translation>違反政策</translation>
    </message>
    <message>
        <source>message too big</source>
        <extracomment>WebSocket close code 1009</extracomment>
        <translation>訊息過大</translation>
    </message>
    <message>
        <source>server error</source>
        <extracomment>WebSocket close code 1011</extracomment>
        <translation>伺服器錯誤</translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>Endpoint state: not started yet</extracomment>
        <translation>閒置</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>連線中</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Endpoint state: the link is open and healthy</extracomment>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>Endpoint state: the link is open but the feed has gone quiet</extracomment>
        <translation>停滯</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <extracomment>Endpoint state: waiting before the next connection attempt (backoff)</extracomment>
        <translation>重新連線中</translation>
    </message>
    <message>
        <source>Gave up</source>
        <extracomment>Endpoint state: too many failed attempts; retrying slowly</extracomment>
        <translation>已放棄</translation>
    </message>
    <message>
        <source>Closing</source>
        <extracomment>Endpoint state: the link is being closed</extracomment>
        <translation>關閉中</translation>
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
        <translation>無心跳回應，已靜默 %1</translation>
    </message>
    <message>
        <source>silent %1</source>
        <extracomment>Why a feed is stale; %1 is a duration such as &quot;10 s&quot;</extracomment>
        <translation>已靜默 %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <extracomment>A connection attempt; %1 is its number in the current series of failures</extracomment>
        <translation>第 %1 次嘗試</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <extracomment>%1 is a duration such as &quot;4 s&quot;</extracomment>
        <translation>%1 後重試</translation>
    </message>
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>嘗試 %n 次後</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: connection state</extracomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: endpoint name</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Uptime</source>
        <extracomment>Column header: how long the current link has been open</extracomment>
        <translation>連線時間</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重新連線次數</translation>
    </message>
    <message>
        <source>Attempt</source>
        <extracomment>Column header: connection attempts in the current series of failures, and the retry countdown</extracomment>
        <translation>嘗試</translation>
    </message>
    <message>
        <source>RTT</source>
        <extracomment>Column header: heartbeat round-trip time</extracomment>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <extracomment>Column header: messages received per second</extracomment>
        <translation>訊息/秒</translation>
    </message>
    <message>
        <source>Last close</source>
        <extracomment>Column header: the last close code and reason, or the last error</extracomment>
        <translation>上次關閉</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Heartbeat round-trip time in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <extracomment>%1 is the number of attempts so far; the next one is due now</extracomment>
        <translation>%1 · 重試中</translation>
    </message>
    <message numerus="yes">
        <source>%1 · retry in %n min</source>
        <extracomment>%1 is the number of attempts so far; the next one starts in %n minutes</extracomment>
        <translation>
            <numerusform>%1 · %n 分鐘後重試</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · retry in %n s</source>
        <extracomment>%1 is the number of attempts so far; the next one starts in %n seconds</extracomment>
        <translation>
            <numerusform>%1 · %n 秒後重試</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <extracomment>One state change in the tooltip: time, old state → new state</extracomment>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次錯誤：%1</translation>
    </message>
    <message>
        <source>heartbeat timeout</source>
        <translation>心跳逾時</translation>
    </message>
    <message>
        <source>Gaps</source>
        <extracomment>Column header: how many messages are missing, judged by their sequence numbers</extracomment>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Gaps are not counted: no sequence field is set for this endpoint.</source>
        <extracomment>Tooltip of an empty Gaps cell</extracomment>
        <translation>不統計缺口：此端點未設定序號欄位。</translation>
    </message>
    <message>
        <source>%1 — sequence numbers</source>
        <extracomment>Tooltip heading of the Gaps column; %1 is the endpoint name</extracomment>
        <translation>%1 — 序號</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) missing</source>
        <extracomment>Numbers skipped in the sequence field, counted one by one</extracomment>
        <translation>
            <numerusform>缺少 %n 則訊息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <extracomment>Jumps in the sequence field; one jump can skip many numbers</extracomment>
        <translation>
            <numerusform>%n 處缺口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate message(s)</source>
        <extracomment>Messages whose sequence number was seen before</extracomment>
        <translation>
            <numerusform>%n 則重複訊息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence reset(s)</source>
        <extracomment>Times the sequence numbers started over (e.g. the server restarted)</extracomment>
        <translation>
            <numerusform>序號重置 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FdLimit</name>
    <message>
        <source>%1 endpoints need about %2 open files, but this process may open only %3 (the hard limit, ulimit -Hn). Raise it (for example LimitNOFILE= in a systemd unit, or /etc/security/limits.conf) or split the endpoints across several instances.</source>
        <extracomment>%1 endpoints, %2 file descriptors needed, %3 the limit</extracomment>
        <translation>%1 個端點大約需要 %2 個開啟的檔案，但此處理程序最多只能開啟 %3 個（硬性限制，ulimit -Hn）。請提高該限制（例如在 systemd 單元中設定 LimitNOFILE=，或修改 /etc/security/limits.conf），或將端點分散到多個執行個體中。</translation>
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
    <message>
        <source>close code %1 cannot be sent in a close frame</source>
        <translation>關閉代碼 %1 不能在關閉訊框中傳送</translation>
    </message>
</context>
<context>
    <name>FeedServerConfig</name>
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
    <message>
        <source>expected connection or feed</source>
        <translation>應為 connection 或 feed</translation>
    </message>
    <message>
        <source>unknown seq_scope &quot;%1&quot;, %2</source>
        <translation>未知的 seq_scope「%1」，%2</translation>
    </message>
    <message>
        <source>feed needs a rate above 0</source>
        <translation>feed 需要大於 0 的速率</translation>
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
    <message>
        <source>feedpulse: serving metrics on %1</source>
        <translation>feedpulse：指標服務位址 %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown key (use &quot;urls&quot;, an array of strings)</source>
        <translation>未知的鍵（請使用 &quot;urls&quot;，即字串陣列）</translation>
    </message>
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
        <source>expected an array of strings</source>
        <translation>應為字串陣列</translation>
    </message>
    <message>
        <source>expected an array of integers</source>
        <translation>應為整數陣列</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 欄有 JSON 語法錯誤：%3</translation>
    </message>
</context>
<context>
    <name>LogExporter</name>
    <message>
        <source>Nothing to export.</source>
        <translation>沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LogFilterProxyModel</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <extracomment>%1 is a character position in the pattern, %2 the reason</extracomment>
        <translation>正規表示式在位置 %1 處無效：%2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>in</source>
        <extracomment>Message direction: received from the endpoint</extracomment>
        <translation>傳入</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>Message direction: sent to the endpoint</extracomment>
        <translation>傳出</translation>
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
            <numerusform>&lt;二進位 %n 位元組&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端點</translation>
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
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>LogRecorder</name>
    <message>
        <source>There is no message log to record.</source>
        <translation>沒有可記錄的訊息日誌。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2. Recording has stopped.</source>
        <translation>無法寫入日誌檔案 %1：%2。記錄已停止。</translation>
    </message>
    <message>
        <source>Cannot create the log file %1 in %2: %3</source>
        <extracomment>%1 is a file, %2 its directory, %3 the system&apos;s reason</extracomment>
        <translation>無法在 %2 中建立日誌檔案 %1：%3</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>In</source>
        <translation>傳入</translation>
    </message>
    <message>
        <source>Show inbound messages</source>
        <translation>顯示傳入訊息</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>傳出</translation>
    </message>
    <message>
        <source>Show outbound messages</source>
        <translation>顯示傳出訊息</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Show engine events</source>
        <translation>顯示引擎事件</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表示式</translation>
    </message>
    <message>
        <source>Filter text is a regular expression</source>
        <translation>篩選文字為正規表示式</translation>
    </message>
    <message>
        <source>Hide heartbeats</source>
        <translation>隱藏心跳</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自動捲動</translation>
    </message>
    <message>
        <source>Scroll to new messages as they arrive</source>
        <translation>有新訊息時自動捲動至該訊息</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>訊息日誌</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>端點篩選</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>文字篩選</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>篩選訊息</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>篩選錯誤</translation>
    </message>
    <message>
        <source>Pause the log</source>
        <translation>暫停日誌</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清除日誌</translation>
    </message>
    <message>
        <source>Export the shown messages</source>
        <translation>匯出目前顯示的訊息</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>已捨棄的訊息</translation>
    </message>
    <message>
        <source>Messages that are not in the log because it was full, paused too long, or could not keep up.</source>
        <translation>因日誌已滿、暫停過久或處理速度跟不上而未列入日誌的訊息。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <extracomment>Endpoint filter entry that shows every endpoint</extracomment>
        <translation>所有端點</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Resume the log</source>
        <translation>繼續日誌</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>Shown next to the log when messages could not be kept</extracomment>
        <translation>
            <numerusform>已捨棄 %n 則</numerusform>
        </translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl)</source>
        <extracomment>File dialog filter</extracomment>
        <translation>以換行分隔的 JSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File dialog filter</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Log</source>
        <translation>匯出日誌</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
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
        <translation>端點</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>記錄已停止：%1</translation>
    </message>
    <message>
        <source>Connect &amp;all</source>
        <translation>全部連線(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Disconnect all</source>
        <translation>全部中斷連線(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>中斷連線(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重試(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Send message…</source>
        <translation>傳送訊息(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Add endpoint…</source>
        <translation>新增端點(&amp;A)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端點(&amp;E)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connected</source>
        <extracomment>The status bar summary; %1 endpoints are connected out of %n</extracomment>
        <translation>
            <numerusform>已連線 %1 個，共 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconnecting</source>
        <translation>
            <numerusform>%n 個重新連線中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read, so FeedPulse started without its endpoints. The file was not changed.</source>
        <translation>無法讀取 %1，因此 FeedPulse 啟動時未載入其中的端點。該檔案未被變更。</translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation>已保留一份副本：%1。</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <source>Recording not started: %1</source>
        <translation>未開始記錄：%1</translation>
    </message>
    <message>
        <source>The language changes when FeedPulse starts again.</source>
        <translation>語言將於 FeedPulse 下次啟動時變更。</translation>
    </message>
    <message>
        <source>Sent to %1 (queued while it is offline)</source>
        <translation>已傳送至 %1（離線期間已排入佇列）</translation>
    </message>
    <message>
        <source>The changes are applied but could not be saved to %1: %2</source>
        <translation>變更已套用，但無法儲存至 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be read when FeedPulse started, so it was not replaced: %2</source>
        <translation>FeedPulse 啟動時無法讀取 %1，因此未取代該檔案：%2</translation>
    </message>
    <message>
        <source>A copy of it is kept as %1.</source>
        <translation>已將其副本保存為 %1。</translation>
    </message>
    <message>
        <source>Replace it with the endpoints you see now?</source>
        <translation>要以目前顯示的端點取代它嗎？</translation>
    </message>
    <message>
        <source>Serving metrics on %1</source>
        <translation>指標服務位址：%1</translation>
    </message>
    <message>
        <source>Metrics are off: %1</source>
        <translation>指標服務未開啟：%1</translation>
    </message>
</context>
<context>
    <name>MessageDetailsView</name>
    <message>
        <source>Message details</source>
        <translation>訊息詳細資料</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>訊息摘要</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>訊息內容</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>選取訊息以檢視完整內容。</translation>
    </message>
    <message numerus="yes">
        <source>… %n more bytes not shown</source>
        <extracomment>Hex dump of a large binary message; %n bytes are not shown</extracomment>
        <translation>
            <numerusform>… 另有 %n 位元組未顯示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3  %4  %n bytes</source>
        <extracomment>Details header: seq, local time, endpoint, direction (in/out/event), size in bytes</extracomment>
        <translation>
            <numerusform>#%1  %2  %3  %4  %n 位元組</numerusform>
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
        <translation>無法在 %1:%2 上提供指標：%3</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 is down</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 連線中斷</translation>
    </message>
    <message numerus="yes">
        <source>The connection was lost %n second(s) ago and is being re-established.</source>
        <translation>
            <numerusform>連線已於 %n 秒前中斷，正在重新建立。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave up</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 已放棄</translation>
    </message>
    <message>
        <source>Repeated connection attempts failed; it now retries at a slower pace.</source>
        <translation>多次連線嘗試皆失敗；現在將以較慢的頻率重試。</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <extracomment>%1 is the endpoint name</extracomment>
        <translation>%1 已恢復</translation>
    </message>
    <message numerus="yes">
        <source>The connection is open again after %n second(s) without it.</source>
        <translation>
            <numerusform>連線中斷 %n 秒後，現已重新開啟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is open again.</source>
        <translation>連線已重新開啟。</translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <source>Send as &amp;JSON</source>
        <translation>以 JSON 傳送(&amp;J)</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>傳送至 %1</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>訊息(&amp;M)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Send as JSON</source>
        <translation>以 JSON 傳送</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>訊息為空。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2.</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 the character offset</extracomment>
        <translation>不是有效的 JSON：第 %2 個字元處%1。</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端點(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>驗證訊息</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import endpoints from a config file</source>
        <translation>從設定檔匯入端點</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export endpoints to a config file</source>
        <translation>將端點匯出至設定檔</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端點</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>新增端點</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate endpoint</source>
        <translation>複製端點</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>移除端點</translation>
    </message>
    <message>
        <source>Endpoint settings</source>
        <translation>端點設定</translation>
    </message>
    <message>
        <source>Log rows kept</source>
        <translation>保留的日誌列數</translation>
    </message>
    <message>
        <source>The log view keeps this many rows; the oldest go first.</source>
        <translation>日誌檢視最多保留此數量的列；最舊的列會最先移除。</translation>
    </message>
    <message>
        <source>&amp;Record every event to files</source>
        <translation>將所有事件記錄到檔案(&amp;R)</translation>
    </message>
    <message>
        <source>Record events</source>
        <translation>記錄事件</translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation>記錄資料夾</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the recording folder</source>
        <translation>選擇記錄資料夾</translation>
    </message>
    <message>
        <source>Start a new recording file after</source>
        <translation>超過此大小時開始新的記錄檔案</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a spin box: mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Recording files kept</source>
        <translation>保留的記錄檔案數</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>顯示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>顯示通知</translation>
    </message>
    <message>
        <source>Notification hold time</source>
        <translation>通知等待時間</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A state must last this long before it is notified, so a flapping feed does not flood you.</source>
        <translation>狀態須持續此時間才會發出通知，以免反覆變動的資料串流不斷發出通知。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Language choice: follow the system language</extracomment>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>Takes effect the next time FeedPulse starts.</source>
        <translation>將於 FeedPulse 下次啟動時生效。</translation>
    </message>
    <message>
        <source>Metrics port</source>
        <translation>指標連接埠</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Metrics port 0</extracomment>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1 at this port.</source>
        <translation>在 127.0.0.1 的此連接埠上提供 Prometheus 指標。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>Rows &amp;kept:</source>
        <translation>保留列數(&amp;K)：</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>New file &amp;after:</source>
        <translation>單一檔案上限(&amp;A)：</translation>
    </message>
    <message>
        <source>Files &amp;kept:</source>
        <translation>保留檔案數(&amp;K)：</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>等待時間(&amp;H)：</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Metrics port:</source>
        <translation>指標連接埠(&amp;M)：</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <extracomment>An endpoint whose name is empty, in the settings list</extracomment>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>endpoint</source>
        <extracomment>The name given to a new endpoint in the settings (letters, digits, spaces, - _ . : only)</extracomment>
        <translation>端點</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported:</source>
        <translation>&quot;%1&quot; 未匯入：</translation>
    </message>
    <message>
        <source>Fix the problems first: %1</source>
        <translation>請先修正問題：%1</translation>
    </message>
    <message>
        <source>Import endpoints</source>
        <translation>匯入端點</translation>
    </message>
    <message>
        <source>Config files (*.json);;All files (*)</source>
        <translation>設定檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Export endpoints</source>
        <translation>匯出端點</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>another endpoint is also named &quot;%1&quot;</source>
        <translation>另一個端點也命名為 &quot;%1&quot;</translation>
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
        <source>feedpulse: --headless needs --config FILE</source>
        <translation>feedpulse: --headless 需要搭配 --config FILE 使用</translation>
    </message>
    <message>
        <source>Open the window on built-in demo feeds (a local feed server on 127.0.0.1).</source>
        <translation>開啟視窗並使用內建的示範資料串流（在 127.0.0.1 上執行的本機資料串流伺服器）。</translation>
    </message>
    <message>
        <source>Language of the window and messages (en, zh_CN, zh_TW).</source>
        <translation>視窗與訊息的語言（en、zh_CN、zh_TW）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file, then quit.</source>
        <translation>將視窗的螢幕擷圖儲存至此 PNG 檔案，然後結束。</translation>
    </message>
    <message>
        <source>Wait this long before the screenshot (default 8000).</source>
        <translation>擷圖前等待的時間（預設為 8000）。</translation>
    </message>
    <message>
        <source>feedpulse: the demo feed server did not start: %1</source>
        <translation>feedpulse: 示範資料串流伺服器未能啟動：%1</translation>
    </message>
    <message>
        <source>FeedPulse — demo</source>
        <translation>FeedPulse — 示範</translation>
    </message>
    <message>
        <source>feedpulse: could not save the screenshot to %1</source>
        <translation>feedpulse: 無法將螢幕擷圖儲存至 %1</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-port must be a port number from 0 to 65535, got &quot;%1&quot;</source>
        <translation>feedpulse：--metrics-port 必須是 0 到 65535 之間的連接埠號碼，實際為 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind must be an IP address, got &quot;%1&quot;</source>
        <translation>feedpulse：--metrics-bind 必須是 IP 位址，實際為 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feedpulse: --metrics-bind needs --metrics-port</source>
        <translation>feedpulse：--metrics-bind 需要同時指定 --metrics-port</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at /metrics (and /healthz) on this port; 0 picks a free one.</source>
        <translation>在此連接埠的 /metrics（以及 /healthz）提供 Prometheus 指標；0 表示自動選擇可用的連接埠。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Address to serve metrics on (default 127.0.0.1).</source>
        <translation>提供指標的位址（預設 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>位址</translation>
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
