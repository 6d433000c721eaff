namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// The Lua that makes counting exactly-once: Redis runs each script atomically, so the check of the
/// stored version, the undo of the old version's contribution, the new contribution and the record
/// write happen as one step no matter how many silos send the same request at once.
/// Keys are derived inside the script from the prefix: fine on one Redis (or a primary with replicas),
/// and it keeps the per-event call to one round trip.
/// </summary>
internal static class CounterScripts
{
    /// <summary>
    /// Applies a batch of versions in one atomic step. KEYS[i]: the request record of event i.
    /// ARGV: 1 prefix, then per event four values: new record (version first, tab-separated), version,
    /// department code, department name. Returns {outcome1, sequence1, outcome2, sequence2, ...}:
    /// 0 duplicate or older, 1 new request, 2 newer version of a known request.
    /// Deltas are summed in the script and written once per counter field, so a batch of 500 parade
    /// requests costs a few hundred HINCRBYs instead of ten thousand: the hot city and department fields
    /// are touched once per batch, not once per event. The same request twice in one batch is handled
    /// in order, as if the events had come one by one.
    /// </summary>
    public const string ApplyMany = """
        local P = ARGV[1]
        local inc = {}
        local function add(hash, field, d)
          local h = inc[hash]
          if not h then h = {}; inc[hash] = h end
          h[field] = (h[field] or 0) + d
        end
        local function apply(rec, d)
          local f = {}
          for v in string.gmatch(rec, '[^\t]+') do f[#f + 1] = v end
          local all = P .. 'c:a'
          local day = P .. 'c:' .. f[6]
          local dims = { 'city:all', 'd:' .. f[2], 'n:' .. f[3], 'z:' .. f[4], 'ch:' .. f[5] }
          for i = 1, 5 do
            add(all, dims[i] .. ':r', d)
            add(day, dims[i] .. ':r', d)
          end
          add(day, 'q:' .. f[7], d)
          if f[8] ~= '-' then
            local closedDay = P .. 'c:' .. f[8]
            for i = 1, 5 do
              add(all, dims[i] .. ':c', d)
              add(closedDay, dims[i] .. ':c', d)
            end
          end
        end
        local records = {}
        local dirty = {}
        local names = {}
        local outcomes = {}
        local applied = 0
        for i = 1, #KEYS do
          local key = KEYS[i]
          local a = 1 + (i - 1) * 4
          local current = records[key]
          if current == nil then current = redis.call('GET', key) or false end
          local outcome = 1
          if current then
            local tab = string.find(current, '\t', 1, true)
            if ARGV[a + 2] <= string.sub(current, 1, tab - 1) then
              outcome = 0
            else
              apply(current, -1)
              outcome = 2
            end
          end
          if outcome > 0 then
            apply(ARGV[a + 1], 1)
            records[key] = ARGV[a + 1]
            dirty[key] = true
            names['d:' .. ARGV[a + 3]] = ARGV[a + 4]
            applied = applied + 1
            outcomes[i] = applied
          else
            records[key] = current
            outcomes[i] = 0
          end
          outcomes[#KEYS + i] = outcome
        end
        for hash, fields in pairs(inc) do
          for field, d in pairs(fields) do
            if d ~= 0 then redis.call('HINCRBY', hash, field, d) end
          end
        end
        -- Once per changed request, with its last version in the batch.
        for key in pairs(dirty) do redis.call('SET', key, records[key]) end
        for field, name in pairs(names) do redis.call('HSETNX', P .. 'names', field, name) end
        local last = applied > 0 and redis.call('INCRBY', P .. 'seq', applied) or tonumber(redis.call('GET', P .. 'seq') or '0')
        local first = last - applied
        local result = {}
        for i = 1, #KEYS do
          result[2 * i - 1] = outcomes[#KEYS + i]
          result[2 * i] = outcomes[i] > 0 and first + outcomes[i] or last
        end
        return result
        """;

    /// <summary>One consistent read: ARGV 1 prefix, 2 today's day key. Returns {sequence, all-time, today, names}.</summary>
    public const string Read = """
        local P = ARGV[1]
        return {
          redis.call('GET', P .. 'seq') or '0',
          redis.call('HGETALL', P .. 'c:a'),
          redis.call('HGETALL', P .. 'c:' .. ARGV[2]),
          redis.call('HGETALL', P .. 'names')
        }
        """;
}
