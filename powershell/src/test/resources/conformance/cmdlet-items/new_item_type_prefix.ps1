# New-Item -ItemType takes any prefix of a kind, and "Container" for a folder, tried in
# FileSystemProvider.GetItemType's order (directory/container, file, symboliclink, junction, hardlink).
(New-Item -ItemType Container -Path c).PSIsContainer
(New-Item -ItemType d -Path d).PSIsContainer
(New-Item -ItemType f -Path f.txt).Name
(New-Item -ItemType sym -Path link.txt -Value f.txt).LinkType
try { New-Item -ItemType bogus -Path q } catch { $_.FullyQualifiedErrorId }
