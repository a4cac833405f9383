namespace TrustCheck.Artifacts.Surface;

/// <summary>Commands people and scripts type without thinking, which an entry point of another project must not replace.</summary>
internal static class CommonCommands
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "pip", "python", "py", "pythonw", "sudo", "su", "doas", "ls", "cd", "cp", "mv", "rm", "cat", "sh", "bash", "zsh", "fish", "dash",
        "env", "which", "whoami", "id", "ps", "kill", "chmod", "chown", "find", "grep", "sed", "awk", "tar", "unzip", "zip",
        "git", "ssh", "scp", "sftp", "ssh-keygen", "ssh-add", "curl", "wget", "openssl", "gpg", "node", "npm", "npx", "docker",
        "kubectl", "aws", "gcloud", "az", "make", "gcc", "cc", "ld", "apt", "apt-get", "yum", "dnf", "brew", "poetry", "uv",
        "pipx", "virtualenv", "conda", "twine", "cmd", "powershell", "pwsh", "explorer", "login", "passwd", "crontab", "systemctl",
    };

    /// <summary>Whether <paramref name="command"/> is a common command (or one with a version suffix, like <c>python3.12</c>).</summary>
    public static bool Contains(string command) => Names.Contains(command) || Names.Contains(command.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'));

    /// <summary>Whether the command is the project's own (its name, or its name with a version suffix: pip's <c>pip3.11</c>).</summary>
    public static bool IsOwn(string command, string normalizedProject)
    {
        var stem = command.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.').Replace('_', '-').Replace('.', '-').ToLowerInvariant();
        return string.Equals(stem, normalizedProject, StringComparison.Ordinal) || string.Equals(command.Replace('_', '-'), normalizedProject, StringComparison.OrdinalIgnoreCase);
    }
}
