/**
 * The data, file and web cmdlets (paths, items, content, CSV, JSON, Get-Date, Start-Sleep,
 * Get-Random, Invoke-RestMethod/Invoke-WebRequest), contributed through the cmdlet SPI by
 * {@link io.openecma.powershell.cmdlets.data.DataCmdlets}. Every file is reached through the
 * engine's confinement ({@code CommandContext.fileSystem()}); defaults are those of Windows
 * PowerShell 5.1 (file encodings per cmdlet, CRLF line ends, "\" in Join-Path/Split-Path results,
 * HTTP/1.1, ISO-8859-1 for text without a charset, 100 s web timeout).
 */
package io.openecma.powershell.cmdlets.data;
