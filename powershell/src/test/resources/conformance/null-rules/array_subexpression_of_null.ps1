@($null).Count
@().Count
@(@()).Count
