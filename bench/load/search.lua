-- search.lua -- wrk script for the load test of GET /api/search
-- (bench/load/run.sh).  Each wrk thread reads the same list of request
-- paths (one per line, already URL-encoded: one-to-three-word and phrase
-- queries of bench/data/queries.jsonl, in a fixed shuffled order) and walks
-- it from its own starting point, so that the connections do not ask the
-- same thing at the same time.  With STREAM=uniform (run.sh) every path is
-- distinct within a run; with STREAM=zipf the list is a Zipf-distributed
-- stream over a larger set of requests, as real traffic repeats.  The
-- answers the server's cache gave (header X-Cache: hit) are counted and
-- reported at the end, so that a warm figure always comes with its hit
-- rate.  A second argument (run.sh's RATE) paces each connection: before
-- each request it waits a random time, exponentially distributed with
-- that mean in milliseconds (a client that thinks between requests), so
-- that the server is measured at a given request rate rather than
-- flat out; wrk's "Requests/sec" tells the rate reached.
local paths = {}
local pos = 1
local gap_ms = 0

function init(args)
  local file = args[1] or "bench/data/load-paths.txt"
  gap_ms = tonumber(args[2] or "0") or 0
  math.randomseed(7 + (thread_id or 0))
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no request paths in " .. file) end
  -- Spread the threads' starting points over the list.
  pos = (math.floor(#paths / 7) * (thread_id or 0)) % #paths + 1
end

local thread_counter = 0
function setup(thread)
  thread:set("thread_id", thread_counter)
  thread_counter = thread_counter + 1
end

function delay()
  if gap_ms <= 0 then return 0 end
  return -gap_ms * math.log(1 - math.random())
end

function request()
  local p = paths[pos]
  pos = pos % #paths + 1
  return wrk.format("GET", p)
end
-- wrk itself counts the answers that are not 2xx ("Non-2xx or 3xx
-- responses"): run.sh reports them.

-- Cache hits, per thread, summed in done().
hits = 0
answers = 0
function response(status, headers, body)
  answers = answers + 1
  if headers["X-Cache"] == "hit" then hits = hits + 1 end
end

local threads = {}
local orig_setup = setup
function setup(thread)
  orig_setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local h, n = 0, 0
  for _, t in ipairs(threads) do
    h = h + (t:get("hits") or 0)
    n = n + (t:get("answers") or 0)
  end
  if n > 0 then
    io.write(string.format("cache hits: %d of %d answers (%.1f%%)\n", h, n, 100 * h / n))
  end
end
