namespace Portal.Domain;

/// <summary>A rule of the domain refused an action. The message is in Bahasa Indonesia, for the user.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
