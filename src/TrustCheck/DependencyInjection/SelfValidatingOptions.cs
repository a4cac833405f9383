using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Runs an options class's own <c>Validate()</c> and reports its complaint as an options validation failure.</summary>
internal sealed class SelfValidatingOptions<T>(Action<T> validate) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        try
        {
            validate(options);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException error)
        {
            return ValidateOptionsResult.Fail(error.Message);
        }
    }
}
