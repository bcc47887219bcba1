#!/usr/bin/env bash
# Load measurement of `serve` on this machine: latency and throughput of concurrent checks, and the service's memory.
#   scripts/serve-load.sh [报告文件] [并发数] [请求总数]
# Starts target/xxgk-check.jar serve on a free loopback port (build it first: mvn -q -DskipTests package), sends
# 10 requests, notes the service's resident memory (RSS), sends the rest in rounds of the given concurrency, notes the
# RSS again, and stops the service. Only 127.0.0.1 is contacted; the run is bounded by the request count.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-fixtures/reports/003_3e6aefe5f9afa9b8.txt}
conc=${2:-50}
total=${3:-1000}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
java -jar target/xxgk-check.jar serve --port "$port" 2>"$work/serve.log" &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
# The launcher restarts itself once (see Launcher): the service is its child.
server=$(pgrep -P "$launcher" java || echo "$launcher")
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
one() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -F "file=@$file" "http://127.0.0.1:$port/api/check"; }
export -f one; export file port
for _ in $(seq 1 10); do one; done > "$work/warm.txt"
rss10=$(rss)
start=$(date +%s.%N)
seq 1 $((total - 10)) | xargs -P "$conc" -I{} bash -c one > "$work/times.txt"
end=$(date +%s.%N)
rss1000=$(rss)
ok=$(grep -c '^200 ' "$work/times.txt" || true)
n=$(wc -l < "$work/times.txt")
read -r p50 p95 < <(awk '{print $2}' "$work/times.txt" | sort -n | awk '{a[NR]=$1} END {printf "%.3f %.3f\n", a[int(NR*0.5+0.5)], a[int(NR*0.95+0.5)]}')
echo "报告：$file（$(wc -c < "$file") 字节），并发 $conc，请求 $n 个（另有预热 10 个），答复 200 的 $ok 个"
echo "延迟：中位数 ${p50} 秒，p95 ${p95} 秒；吞吐量 $(echo "$n / ($end - $start)" | bc -l | xargs printf '%.1f') 份/秒"
echo "服务进程常驻内存：10 个请求后 ${rss10} MB，${total} 个请求后 ${rss1000} MB"
