-- Token buckets for one request, checked and charged together: every bucket gives a token, or none does.
-- The same arithmetic as TokenBucket.java. Redis's own clock is used so that every gateway replica agrees.
-- KEYS[i]     the bucket (all keys share one hash tag, so this also runs on Redis Cluster)
-- ARGV[2i-1]  its capacity (burst); ARGV[2i] its refill in tokens per millisecond
-- returns     { index of the refusing bucket or 0, milliseconds to wait, floor(tokens left) for each bucket }
if redis.replicate_commands then
  redis.replicate_commands()
end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)

local available = {}
local refused = 0
local wait = 0
for i = 1, #KEYS do
  local capacity = tonumber(ARGV[2 * i - 1])
  local rate = tonumber(ARGV[2 * i])
  local state = redis.call('HMGET', KEYS[i], 'tokens', 'at')
  local tokens = tonumber(state[1])
  local at = tonumber(state[2])
  if tokens == nil or at == nil then
    tokens = capacity
  else
    tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
  end
  available[i] = tokens
  if tokens < 1 then
    if refused == 0 then
      refused = i
    end
    wait = math.max(wait, math.ceil((1 - tokens) / rate))
  end
end

local result = { refused, wait }
for i = 1, #KEYS do
  local capacity = tonumber(ARGV[2 * i - 1])
  local rate = tonumber(ARGV[2 * i])
  local tokens = available[i]
  if refused == 0 then
    tokens = tokens - 1
  end
  redis.call('HSET', KEYS[i], 'tokens', tostring(tokens), 'at', tostring(now))
  -- a bucket left alone refills completely in capacity / rate; after that it carries no information
  redis.call('PEXPIRE', KEYS[i], math.ceil(capacity / rate) + 1000)
  result[i + 2] = math.floor(tokens)
end
return result
