#!/bin/sh
# 用无界面的 Chromium 打开 check --format html 的结果并截图，检查网页在浏览器中的实际样子（列宽、换行、图表、高亮）。
#
# 用法：scripts/screenshot-report.sh <结果.html> [截图.png] [锚点] [宽,高]
#   锚点：只截取某份报告的小节（如 r7，即第 7 个文件）；不写则截取页首（概况和排名）
#   宽,高：浏览器窗口大小，默认 1400,2000
# 例：java -jar target/xxgk-check.jar check --format html --output /tmp/batch.html fixtures/reports
#     scripts/screenshot-report.sh /tmp/batch.html /tmp/top.png
#     scripts/screenshot-report.sh /tmp/batch.html /tmp/r6.png r6
#
# 需要 chromium（Debian：apt-get install chromium）和中文字体（apt-get install fonts-noto-cjk），
# 没有中文字体时截图中的汉字显示为方框。
set -eu

if [ $# -lt 1 ]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
html=$1
png=${2:-${html%.html}.png}
anchor=${3:-}
size=${4:-1400,2000}

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "找不到 Chromium：请先安装（Debian：apt-get install chromium）。" >&2
    exit 2
fi
if [ ! -f "$html" ]; then
    echo "文件不存在：$html" >&2
    exit 2
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "提示：没有找到中文字体，截图中的汉字会显示为方框（Debian：apt-get install fonts-noto-cjk）。" >&2
fi

page=$(realpath "$html")
if [ -n "$anchor" ]; then
    # Headless Chromium draws a blank page when told to scroll to an anchor: show that section alone instead,
    # from a copy of the page that hides everything else.
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    sed "s|</head>|<style>body>*:not(#$anchor){display:none}</style></head>|" "$page" >"$tmp/page.html"
    page=$tmp/page.html
fi
url="file://$page"
# Chromium prints its own start-up noise (D-Bus, GPU) on stderr; only its failure matters here.
if ! "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$size" --screenshot="$png" "$url" >/dev/null 2>&1; then
    echo "Chromium 未能截图：$url" >&2
    exit 1
fi
echo "截图已保存：$png"

# The ranked table's sorting script, run by the browser: a click on 得分 must order the rows by score.
if grep -q 'id="ranking"' "$html"; then
    tmp2=$(mktemp -d)
    probe='<script>var th=document.querySelectorAll("#ranking thead th")[3];th.click();'
    probe=$probe'var s=Array.prototype.map.call(document.querySelectorAll("#ranking tbody tr"),function(r){return parseFloat(r.cells[3].getAttribute("data-v"))});'
    probe=$probe'document.title="排序"+(s.every(function(v,i){return i==0?true:s[i-1]<=v})?"正确":"错误");</script></body>'
    sed "s|</body>|$probe|" "$(realpath "$html")" >"$tmp2/sorted.html"
    result=$("$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$tmp2/sorted.html" 2>/dev/null | grep -o '<title>排序[^<]*' | head -1)
    rm -rf "$tmp2"
    echo "排名表点击“得分”后：${result#<title>}"
    [ "$result" = "<title>排序正确" ] || exit 1
fi
