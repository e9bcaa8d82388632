# AliasProperty reads the member it names; -SecondValue converts to that type (AddMember.cs GetAliasProperty)
$r = Add-Member -InputObject 'abc' -MemberType AliasProperty -Name Cnt -Value Length -PassThru
$r.Cnt
$r.Cnt.GetType().FullName
$r = Add-Member -InputObject 'abc' -MemberType AliasProperty -Name Cnt -Value Length -SecondValue string -PassThru
$r.Cnt.GetType().FullName
$r
