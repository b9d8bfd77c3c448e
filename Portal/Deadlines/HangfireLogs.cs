using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Portal.Deadlines;

/// <summary>
/// Hangfire keeps its log provider in a process-wide static. With several hosts in one process (the test suite, the
/// two-instance test) it can point at the logger factory of a host already disposed; a logger asked for then is
/// silent instead of failing the job client of the host that is starting.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
