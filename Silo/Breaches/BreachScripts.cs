namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// The sweep and the read of the breach state. Both declare every key they touch (one hash tag, see <see cref="BreachKeys"/>);
/// the sweep counts from the members alone, so it never reads a request record it did not declare.
/// </summary>
internal static class BreachScripts
{
    /// <summary>
    /// Moves every due member with a due time at or before ARGV[1] (Unix ms; at most ARGV[2] of them) to the breached
    /// set and counts each breach once; then, if the breach version differs from ARGV[3] (what the caller holds),
    /// reads the state: every count, the ARGV[4] longest overdue, the names of the departments and request types counted.
    /// A limit of 0 with a held version of -1 is a plain read. KEYS due, breached, counts, version, names.
    /// Returns { moved, version, { {field, count, ...}, {member, due, ...}, {field, name, ...} } or false }.
    /// </summary>
    public const string Sweep = """
        local DUE, LATE, BC, BV, N = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
        local now, limit, held, top = ARGV[1], tonumber(ARGV[2]), ARGV[3], tonumber(ARGV[4])
        local due = redis.call('ZRANGEBYSCORE', DUE, '-inf', now, 'WITHSCORES', 'LIMIT', 0, limit)
        local counts = {}
        for i = 1, #due, 2 do
          local m, score = due[i], due[i + 1]
          redis.call('ZREM', DUE, m)
          redis.call('ZADD', LATE, score, m)
          local f = {}
          for v in string.gmatch(m, '[^\t]+') do f[#f + 1] = v end
          for _, g in ipairs({ 'city', 'dept:' .. f[2], 'hood:' .. f[3], 'zip:' .. f[4], 'service:' .. f[5] }) do
            counts[g] = (counts[g] or 0) + 1
          end
        end
        for g, d in pairs(counts) do redis.call('HINCRBY', BC, g, d) end
        local moved = #due / 2
        local version = moved > 0 and redis.call('INCR', BV) or tonumber(redis.call('GET', BV) or '0')
        if tostring(version) == held then return { moved, version, false } end
        local all = redis.call('HGETALL', BC)
        local names = {}
        for i = 1, #all, 2 do
          local g = all[i]
          if string.sub(g, 1, 5) == 'dept:' or string.sub(g, 1, 8) == 'service:' then
            names[#names + 1] = g
            names[#names + 1] = redis.call('HGET', N, g) or ''
          end
        end
        return { moved, version, { all, redis.call('ZRANGE', LATE, 0, top - 1, 'WITHSCORES'), names } }
        """;
}
