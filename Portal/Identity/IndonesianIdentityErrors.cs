using Microsoft.AspNetCore.Identity;

namespace Portal.Identity;

/// <summary>Identity's messages in Bahasa Indonesia: they reach administrators creating accounts.</summary>
internal sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Nama pengguna '{userName}' sudah dipakai." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Nama pengguna '{userName}' hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung." };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Kata sandi paling sedikit {length} karakter." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Kata sandi harus berisi angka." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Kata sandi harus berisi huruf kecil." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Kata sandi harus berisi huruf besar." };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Kata sandi harus berisi simbol, mis. # atau !." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Kata sandi harus berisi paling sedikit {uniqueChars} karakter berbeda." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Kata sandi saat ini salah." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Terjadi kesalahan; coba lagi." };
}
