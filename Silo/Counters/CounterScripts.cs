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
    /// KEYS[1] request record. ARGV: 1 prefix, 2 new record (version first, tab-separated),
    /// 3 new version, 4 department code, 5 department name. Returns {outcome, sequence}:
    /// 0 duplicate or older, 1 new request, 2 newer version of a known request.
    /// </summary>
    public const string Apply = """
        local P = ARGV[1]
        local function apply(rec, d)
          local f = {}
          for v in string.gmatch(rec, '[^\t]+') do f[#f + 1] = v end
          local all = P .. 'c:a'
          local day = P .. 'c:' .. f[6]
          local dims = { 'city:all', 'd:' .. f[2], 'n:' .. f[3], 'z:' .. f[4], 'ch:' .. f[5] }
          for i = 1, 5 do
            redis.call('HINCRBY', all, dims[i] .. ':r', d)
            redis.call('HINCRBY', day, dims[i] .. ':r', d)
          end
          redis.call('HINCRBY', day, 'q:' .. f[7], d)
          if f[8] ~= '-' then
            local closedDay = P .. 'c:' .. f[8]
            for i = 1, 5 do
              redis.call('HINCRBY', all, dims[i] .. ':c', d)
              redis.call('HINCRBY', closedDay, dims[i] .. ':c', d)
            end
          end
        end
        local current = redis.call('GET', KEYS[1])
        local outcome = 1
        if current then
          local tab = string.find(current, '\t', 1, true)
          if ARGV[3] <= string.sub(current, 1, tab - 1) then
            return { 0, tonumber(redis.call('GET', P .. 'seq') or '0') }
          end
          apply(current, -1)
          outcome = 2
        end
        apply(ARGV[2], 1)
        redis.call('SET', KEYS[1], ARGV[2])
        redis.call('HSETNX', P .. 'names', 'd:' .. ARGV[4], ARGV[5])
        return { outcome, redis.call('INCR', P .. 'seq') }
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
