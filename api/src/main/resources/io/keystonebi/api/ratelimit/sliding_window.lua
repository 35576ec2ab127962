-- Sliding-window log: counts one request against every quota in KEYS, or against none when any is full.
-- Each key is a sorted set of the requests admitted within the window, scored by their time in milliseconds.
-- KEYS: one per quota. ARGV[1]: now (ms); ARGV[2]: window (ms); ARGV[3]: a member unique to this request;
-- ARGV[3 + i]: the limit of KEYS[i].
-- Returns {1, count_1, oldest_1, count_2, oldest_2, ...} after admitting the request, or {0, i, count_i, oldest_i}
-- when quota i is full (the request is not counted anywhere).
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local counts = {}
for i, key in ipairs(KEYS) do
  redis.call('zremrangebyscore', key, '-inf', now - window)
  counts[i] = redis.call('zcard', key)
end
for i, key in ipairs(KEYS) do
  if counts[i] >= tonumber(ARGV[3 + i]) then
    local oldest = redis.call('zrange', key, 0, 0, 'withscores')
    return { 0, i, counts[i], tonumber(oldest[2]) }
  end
end
local admitted = { 1 }
for i, key in ipairs(KEYS) do
  redis.call('zadd', key, now, ARGV[3])
  redis.call('pexpire', key, window)
  local oldest = redis.call('zrange', key, 0, 0, 'withscores')
  admitted[#admitted + 1] = counts[i] + 1
  admitted[#admitted + 1] = tonumber(oldest[2])
end
return admitted
