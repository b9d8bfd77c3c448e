namespace Portal;

/// <summary>
/// A setting that keeps the portal from starting: its message names the setting in one line, in Indonesian and
/// English, and Program.cs prints that line instead of a stack trace.
/// </summary>
public sealed class ConfigurationProblem(string message, Exception? inner = null) : Exception(message, inner);
