-- wrk script: optional POST body/headers from the environment, and a JSON summary.
local body = os.getenv("BENCH_BODY")
local headers = os.getenv("BENCH_HEADERS")
if body and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
end
if headers and headers ~= "" then
  for line in string.gmatch(headers, "[^\n]+") do
    local name, value = string.match(line, "^([^:]+):%s*(.*)$")
    if name then wrk.headers[name] = value end
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p95_us": %d, ' ..
    '"p99_us": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(95),
    latency:percentile(99)))
end
