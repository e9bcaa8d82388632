('aXbxc' -split 'x').Count
('aXbxc' -csplit 'x').Count
('aXbxc' -csplit 'x')[0]
