namespace Portal.Domain.Sops;

/// <summary>
/// What is wrong with an SOP document. <see cref="Field"/> is the path of the field as written in the file
/// (e.g. <c>langkah[3].keputusan.ya</c>, positions counted from 1) so a reader can name the line.
/// </summary>
public sealed record SopProblem(string Field, string Message);
