-- search.lua -- wrk script for the load test of GET /api/search
-- (bench/load/run.sh).  Each wrk thread reads the same list of request
-- paths (one per line, already URL-encoded: one-to-three-word and phrase
-- queries of bench/data/queries.jsonl, in a fixed shuffled order) and walks
-- it from its own starting point, so that the connections do not ask the
-- same thing at the same time and no answer can come from a cache.
local paths = {}
local pos = 1

function init(args)
  local file = args[1] or "bench/data/load-paths.txt"
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

function request()
  local p = paths[pos]
  pos = pos % #paths + 1
  return wrk.format("GET", p)
end
-- wrk itself counts the answers that are not 2xx ("Non-2xx or 3xx
-- responses"): run.sh reports them.
