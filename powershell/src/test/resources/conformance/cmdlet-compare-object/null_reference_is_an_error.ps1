# Compare-Object.Tests.ps1 ("Should throw when reference set is null").
Compare-Object -ReferenceObject $notSet -DifferenceObject 1, 2
