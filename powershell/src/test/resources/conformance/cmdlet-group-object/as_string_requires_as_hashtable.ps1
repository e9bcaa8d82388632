# Group-Object.Tests.ps1 ("Should throw when attempting to use AsString without AsHashTable"); UtilityCommonStrings.resx GroupObjectWithHashTable.
1 | Group-Object -AsString
