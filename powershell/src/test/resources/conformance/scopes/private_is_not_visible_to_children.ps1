function child { "[$hidden]" }
function parent { $private:hidden = 'secret'; child; "own=$hidden" }
parent
