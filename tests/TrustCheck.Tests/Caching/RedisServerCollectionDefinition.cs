namespace TrustCheck.Tests.Caching;

/// <summary>The tests that share one <see cref="RedisServerFixture"/>: <c>[Collection(RedisServerCollectionDefinition.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class RedisServerCollectionDefinition : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "Redis server";
}
